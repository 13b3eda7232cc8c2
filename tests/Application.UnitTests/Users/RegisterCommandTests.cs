// RegisterCommand: a visitor signs up with the command line's rules and is signed in at once.
using Sched.Application.Users.Commands.Register;

namespace Sched.Application.UnitTests.Users;

public sealed class RegisterCommandTests : IAsyncLifetime
{
    private const string Email = "ada@example.com";

    private readonly SchedTestHost _host = SchedTestHost.InMemory();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Creates_the_user_and_signs_them_in()
    {
        var id = await Register(new RegisterCommand(" Ada@Example.COM ", " Ada Lovelace ", TestData.Password, TestData.Password));

        var user = await _host.FindUserAsync(Email);
        user.Should().NotBeNull();
        user!.Id.Should().Be(id);
        user.DisplayName.Should().Be("Ada Lovelace");
        user.IsActive.Should().BeTrue();
        var signIn = _host.Authentication.SignIns.Should().ContainSingle().Subject;
        signIn.Scheme.Should().Be(IdentityConstants.ApplicationScheme);
        signIn.UserId.Should().Be(id);
        signIn.Properties!.IsPersistent.Should().BeFalse();
    }

    [Fact]
    public async Task A_confirmation_that_differs_is_refused_on_it_and_stores_no_user()
    {
        var register = () => _host.SendAsync(new RegisterCommand(Email, null, TestData.Password, $"{TestData.Password}!"));

        var refusal = await register.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal("ConfirmPassword");
        (await _host.CountUsersAsync()).Should().Be(0);
        _host.Authentication.SignIns.Should().BeEmpty();
    }

    [Fact]
    public async Task An_email_already_used_in_another_case_is_refused_on_email_and_signs_nobody_in()
    {
        await _host.AddUserAsync(Email);

        var register = () => _host.SendAsync(new RegisterCommand("ADA@example.com", null, "another password", "another password"));

        var refusal = await register.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal("Email");
        (await _host.CountUsersAsync()).Should().Be(1);
        _host.Authentication.SignIns.Should().BeEmpty();
    }

    private Task<string> Register(RegisterCommand command) =>
        _host.InScopeAsync(sp => new RegisterCommandHandler(sp.GetRequiredService<IAccountService>(), sp.GetRequiredService<ISessionService>())
            .Handle(command, CancellationToken.None));
}
