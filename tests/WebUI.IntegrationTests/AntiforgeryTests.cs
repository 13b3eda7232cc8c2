// Every form post must carry the antiforgery token; without it the answer is a plain 400 page.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests;

public sealed class AntiforgeryTests(SchedWebApplicationFactory factory) : IClassFixture<SchedWebApplicationFactory>
{
    [Fact]
    public async Task Login_without_a_token_is_a_bad_request_page_and_signs_nobody_in()
    {
        var email = SchedWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        using var client = factory.CreateBrowserClient();
        await client.GetAntiforgeryTokenAsync("/login/");

        using var login = await client.PostFormAsync(
            "/login/",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = SchedWebApplicationFactory.DefaultPassword },
            antiforgeryToken: null);

        login.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        login.Content.Headers.ContentType?.MediaType.Should().Be("text/html");
        (await login.Content.ReadAsStringAsync()).Should().Contain("Bad request");
        login.SetsAuthCookie().Should().BeFalse();
        (await client.IsSignedInAsync()).Should().BeFalse();
    }

    [Fact]
    public async Task Logout_without_a_token_is_a_bad_request_page_and_keeps_the_user_signed_in()
    {
        var email = SchedWebApplicationFactory.NewEmail();
        await factory.CreateUserAsync(email);
        using var client = factory.CreateBrowserClient();
        await client.LogInSuccessfullyAsync(email, SchedWebApplicationFactory.DefaultPassword);

        using var logout = await client.PostFormAsync("/logout/", [], antiforgeryToken: null);

        logout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        logout.Content.Headers.ContentType?.MediaType.Should().Be("text/html");
        (await logout.Content.ReadAsStringAsync()).Should().Contain("Bad request");
        (await client.IsSignedInAsync()).Should().BeTrue();
    }
}
