// Sign-in and registration attempts, and the forms that mail a confirmation link, are limited per client
// address; past the limit comes a friendly 429 page.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Security;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Fourth_sign_in_attempt_in_a_minute_gets_the_too_many_requests_page_and_so_does_registering()
    {
        await using var app = SchedAppFactory.WithSettings(("Sched:RateLimit:SignInPermitsPerMinute", "3"));
        var email = TestData.NewEmail();
        await app.CreateUserAsync(email);
        using var client = app.CreateBrowserClient();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var refused = await client.LogInAsync(email, $"wrong password {attempt}");
            refused.StatusCode.Should().Be(HttpStatusCode.OK, $"attempt {attempt} is within the limit");
        }

        using var fourth = await client.LogInAsync(email, TestData.Password);
        using var register = await client.RegisterAsync(TestData.NewEmail(), "Ada", TestData.Password);

        fourth.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        fourth.Content.Headers.ContentType?.MediaType.Should().Be("text/html");
        var page = await fourth.Content.ReadAsStringAsync();
        page.Should().Contain("Too many requests").And.Contain("Wait a minute and try again.").And.NotContain("Exception");
        fourth.SetsAuthCookie().Should().BeFalse();
        register.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await client.IsSignedInAsync()).Should().BeFalse();
    }

    [Fact]
    public async Task Asking_for_confirmation_links_past_the_hourly_limit_gets_the_too_many_requests_page()
    {
        await using var app = SchedAppFactory.WithSettings(("Sched:RateLimit:ConfirmationMailPermitsPerHour", "2"));
        using var client = app.CreateBrowserClient();
        var token = await client.GetAntiforgeryTokenAsync("/login/");

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            using var answered = await client.PostFormAsync(
                "/account/confirm-again/", new Dictionary<string, string> { ["Email"] = TestData.NewEmail() }, token);
            answered.StatusCode.Should().Be(HttpStatusCode.OK, $"attempt {attempt} is within the limit");
        }

        using var third = await client.PostFormAsync("/account/confirm-again/", new Dictionary<string, string> { ["Email"] = TestData.NewEmail() }, token);

        third.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }
}
