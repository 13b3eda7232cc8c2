// The happy path of signing in: sent to the login page, logging in, landing on the appointments.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests;

public sealed class LoginJourneyTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Fact]
    public async Task Anonymous_visitor_is_sent_to_login_with_the_return_url_and_a_reason()
    {
        using var client = factory.CreateBrowserClient();

        using var protectedPage = await client.GetAsync("/appointments/");

        protectedPage.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var loginUrl = protectedPage.RedirectTarget();
        loginUrl.Should().StartWith("/login/").And.Contain("ReturnUrl=%2Fappointments%2F");
        using var loginPage = await client.GetAsync(loginUrl);
        loginPage.StatusCode.Should().Be(HttpStatusCode.OK);
        (await loginPage.Content.ReadAsStringAsync()).Should().Contain("Please log in to see your appointments.");
    }

    [Fact]
    public async Task Logging_in_with_the_return_url_lands_on_the_appointments_showing_the_users_email()
    {
        var email = TestData.NewEmail();
        await factory.CreateUserAsync(email);
        using var client = factory.CreateBrowserClient();
        using var protectedPage = await client.GetAsync("/appointments/");
        var loginUrl = protectedPage.RedirectTarget();
        var token = await client.GetAntiforgeryTokenAsync(loginUrl);

        using var login = await client.PostFormAsync(
            "/login/",
            new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = TestData.Password,
                ["ReturnUrl"] = "/appointments/",
            },
            token);

        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
        login.RedirectTarget().Should().Be("/appointments/");
        login.SetsAuthCookie().Should().BeTrue();
        using var appointments = await client.GetAsync("/appointments/");
        appointments.StatusCode.Should().Be(HttpStatusCode.OK);
        (await appointments.Content.ReadAsStringAsync()).Should().Contain($"""data-testid="current-user">{email}<""");
    }

    [Fact]
    public async Task Email_is_trimmed_and_case_insensitive_at_login()
    {
        await factory.CreateUserAsync("ada@example.com");
        using var client = factory.CreateBrowserClient();

        using var login = await client.LogInAsync(" ADA@Example.com ", TestData.Password);

        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
        login.RedirectTarget().Should().Be("/appointments/");
        using var appointments = await client.GetAsync("/appointments/");
        appointments.StatusCode.Should().Be(HttpStatusCode.OK);
        (await appointments.Content.ReadAsStringAsync()).Should().Contain("ada@example.com");
    }

    [Fact]
    public async Task Signed_in_user_opening_the_login_page_is_sent_to_the_appointments()
    {
        var email = TestData.NewEmail();
        await factory.CreateUserAsync(email);
        using var client = factory.CreateBrowserClient();
        await client.LogInSuccessfullyAsync(email, TestData.Password);

        using var loginPage = await client.GetAsync("/login/");

        loginPage.StatusCode.Should().Be(HttpStatusCode.Redirect);
        loginPage.RedirectTarget().Should().Be("/appointments/");
    }
}
