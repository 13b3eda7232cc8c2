// AuthenticateQuery: checks credentials of an active user without starting a session.
using Sched.Application.Users.Queries.Authenticate;

namespace Sched.Application.UnitTests.Users;

public sealed class AuthenticateQueryTests : OneUserTests
{
    [Fact]
    public async Task Returns_the_user_for_valid_credentials()
    {
        var user = await Authenticate(Email, TestData.Password);

        user.Should().NotBeNull();
        user!.Id.Should().Be(UserId);
        user.Email.Should().Be(Email);
    }

    [Fact]
    public async Task Trims_and_lower_cases_the_email()
    {
        var user = await Authenticate(" Ada@Example.COM ", TestData.Password);

        user.Should().NotBeNull();
        user!.Id.Should().Be(UserId);
    }

    [Fact]
    public async Task Returns_null_for_wrong_password()
    {
        var user = await Authenticate(Email, "not the password");

        user.Should().BeNull();
    }

    [Fact]
    public async Task Returns_null_for_unknown_email()
    {
        var user = await Authenticate("grace@example.com", TestData.Password);

        user.Should().BeNull();
    }

    [Fact]
    public async Task Returns_null_for_inactive_user_with_right_password()
    {
        await Host.AddUserAsync("inactive@example.com", active: false);

        var user = await Authenticate("inactive@example.com", TestData.Password);

        user.Should().BeNull();
    }

    [Fact]
    public async Task Does_not_sign_in()
    {
        await Authenticate(Email, TestData.Password);

        Host.Authentication.SignIns.Should().BeEmpty();
    }

    [Fact]
    public async Task Returns_null_for_locked_out_user_with_right_password()
    {
        await Host.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(Email);
            return await users.SetLockoutEndDateAsync(user!, DateTimeOffset.UtcNow.AddMinutes(5));
        });

        var user = await Authenticate(Email, TestData.Password);

        user.Should().BeNull();
    }

    [Theory]
    [InlineData("", TestData.Password, "Email")]
    [InlineData("   ", TestData.Password, "Email")]
    [InlineData(Email, "", "Password")]
    public async Task Refuses_missing_credentials(string email, string password, string invalidField)
    {
        var send = () => Host.SendAsync(new AuthenticateQuery(email, password));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal(invalidField);
    }

    private Task<AuthenticatedUser?> Authenticate(string email, string password) =>
        Host.InScopeAsync(sp => new AuthenticateQueryHandler(sp.GetRequiredService<IIdentityService>())
            .Handle(new AuthenticateQuery(email, password), CancellationToken.None));
}
