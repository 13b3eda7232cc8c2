// Logging out: the session ends, the login page says so once, and protected pages are closed again.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests;

public sealed class LogoutTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    private const string LoggedOut = "You have been logged out.";

    [Fact]
    public async Task Logging_out_returns_to_login_with_a_message_shown_once_and_closes_the_appointments()
    {
        var email = TestData.NewEmail();
        await factory.CreateUserAsync(email);
        using var client = factory.CreateBrowserClient();
        await client.LogInSuccessfullyAsync(email, TestData.Password);

        using var logout = await client.LogOutAsync();

        logout.StatusCode.Should().Be(HttpStatusCode.Redirect);
        logout.RedirectTarget().Should().Be("/login/");
        using var loginPage = await client.GetAsync("/login/");
        loginPage.StatusCode.Should().Be(HttpStatusCode.OK);
        (await loginPage.Content.ReadAsStringAsync()).Should().Contain(LoggedOut);
        (await client.IsSignedInAsync()).Should().BeFalse();
        using var loginPageAgain = await client.GetAsync("/login/");
        (await loginPageAgain.Content.ReadAsStringAsync()).Should().NotContain(LoggedOut);
    }
}
