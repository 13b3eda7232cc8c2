// CreateUserCommand: stores a new active user; length is the only password rule.
using Sched.Application.Users.Commands.Authenticate;
using Sched.Application.Users.Commands.CreateUser;
using Sched.Domain.Users;

namespace Sched.Application.UnitTests.Users;

public sealed class CreateUserCommandTests : IAsyncLifetime
{
    private const string Email = "ada@example.com";

    private readonly SchedTestHost _host = SchedTestHost.InMemory();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Stores_an_active_user_with_normalized_email_and_trimmed_display_name()
    {
        var id = await CreateUser(" Ada@Example.COM ", TestData.Password, "  Ada Lovelace ");

        var user = await _host.FindUserAsync(Email);
        user.Should().NotBeNull();
        user!.Id.Should().Be(id);
        user.Email.Should().Be(Email);
        user.UserName.Should().Be(Email);
        user.DisplayName.Should().Be("Ada Lovelace");
        user.IsActive.Should().BeTrue();
    }

    [Fact]
    public async Task Stores_no_display_name_for_a_blank_one()
    {
        await CreateUser(Email, TestData.Password, "   ");

        var user = await _host.FindUserAsync(Email);
        user!.DisplayName.Should().BeNull();
    }

    [Fact]
    public async Task The_new_user_can_sign_in_at_once_as_their_address_counts_as_confirmed()
    {
        var id = await CreateUser(Email, TestData.Password);

        var check = await _host.InScopeAsync(sp => sp.GetRequiredService<IAccountService>()
            .CheckCredentialsAsync(EmailAddress.Parse(Email), TestData.Password, CancellationToken.None));

        check.Should().Be(new CredentialCheck(SignInOutcome.Succeeded, id, EmailConfirmed: true));
        (await _host.SendAsync(new AuthenticateCommand(Email, TestData.Password))).Outcome.Should().Be(SignInOutcome.Succeeded);
    }

    [Fact]
    public async Task Stamps_created_and_modified_from_the_clock()
    {
        await CreateUser(Email, TestData.Password);

        var user = await _host.FindUserAsync(Email);
        user!.Created.Should().Be(SchedTestHost.Start.UtcDateTime);
        user.Created.Kind.Should().Be(DateTimeKind.Utc);
        user.Modified.Should().Be(SchedTestHost.Start.UtcDateTime);
    }

    [Fact]
    public async Task Refuses_an_email_already_used_in_another_case()
    {
        await CreateUser(Email, TestData.Password);

        var createAgain = () => CreateUser("ADA@example.com", "another password");

        var refusal = await createAgain.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal("Email");
        (await _host.CountUsersAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Identity_refuses_a_seven_character_password()
    {
        var create = () => CreateUser(Email, "1234567");

        var refusal = await create.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal("Password");
        (await _host.CountUsersAsync()).Should().Be(0);
    }

    [Fact]
    public async Task The_pipeline_refuses_a_seven_character_password()
    {
        var send = () => _host.SendAsync(new CreateUserCommand(Email, "1234567", null));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal("Password");
        (await _host.CountUsersAsync()).Should().Be(0);
    }

    [Fact]
    public async Task The_handler_itself_refuses_a_malformed_email()
    {
        var create = () => CreateUser("ada.example.com", TestData.Password);

        var refusal = await create.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal("Email");
        (await _host.CountUsersAsync()).Should().Be(0);
    }

    [Theory]
    [InlineData("ada.example.com")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task The_pipeline_refuses_a_malformed_or_missing_email(string email)
    {
        var send = () => _host.SendAsync(new CreateUserCommand(email, TestData.Password, null));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal("Email");
        (await _host.CountUsersAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Accepts_a_hundred_character_passphrase()
    {
        var passphrase = string.Concat(Enumerable.Repeat("correct horse battery staple ", 4))[..100];

        await _host.SendAsync(new CreateUserCommand(Email, passphrase, null));

        (await _host.AcceptsCredentialsAsync(Email, passphrase)).Should().BeTrue();
    }

    [Theory]
    [InlineData("abcdefgh")]
    [InlineData("lowercase letters only")]
    [InlineData("ALLCAPSNODIGITS")]
    public async Task Accepts_a_password_without_digits_or_symbols(string password)
    {
        await _host.SendAsync(new CreateUserCommand(Email, password, null));

        (await _host.CountUsersAsync()).Should().Be(1);
    }

    private Task<string> CreateUser(string email, string password, string? displayName = null) =>
        _host.InScopeAsync(sp => new CreateUserCommandHandler(sp.GetRequiredService<IAccountService>())
            .Handle(new CreateUserCommand(email, password, displayName), CancellationToken.None));
}
