// LoginCommand: starts a session for the user that AuthenticateCommand just proved, as the login page does.
using Sched.Application.Users.Commands.Authenticate;
using Sched.Application.Users.Commands.Login;

namespace Sched.Application.UnitTests.Users;

public sealed class LoginCommandTests : OneUserTests
{
    [Fact]
    public async Task Signs_in_the_authenticated_user()
    {
        await LogIn(rememberMe: false);

        var signIn = Host.Authentication.SignIns.Should().ContainSingle().Subject;
        signIn.Scheme.Should().Be(IdentityConstants.ApplicationScheme);
        signIn.UserId.Should().Be(UserId);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Remember_me_decides_whether_the_session_outlives_the_browser(bool rememberMe)
    {
        await LogIn(rememberMe);

        Host.Authentication.SignIns.Should().ContainSingle().Which.Properties!.IsPersistent.Should().Be(rememberMe);
    }

    /// <summary>The login page's two steps, each through the whole pipeline.</summary>
    private async Task LogIn(bool rememberMe)
    {
        var authentication = await Host.SendAsync(new AuthenticateCommand(Email, TestData.Password));
        await Host.SendAsync(new LoginCommand(authentication.User!, rememberMe));
    }
}
