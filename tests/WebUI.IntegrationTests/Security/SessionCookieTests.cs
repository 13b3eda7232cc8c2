// The session cookie's flags: never readable by scripts, not sent on cross-site posts, Secure and __Host- when HTTPS only.
using System.Net;
using Microsoft.Net.Http.Headers;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Security;

public sealed class SessionCookieTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Fact]
    public async Task Session_cookie_is_http_only_same_site_lax_and_not_secure_over_plain_http()
    {
        var email = TestData.NewEmail();
        await factory.CreateUserAsync(email);
        using var client = factory.CreateBrowserClient();

        using var login = await client.LogInAsync(email, TestData.Password);

        var cookie = login.SetCookie("sched");
        cookie.Should().NotBeNull();
        cookie!.HttpOnly.Should().BeTrue();
        cookie.SameSite.Should().Be(SameSiteMode.Lax);
        cookie.Secure.Should().BeFalse("plain http on localhost must keep working");
        cookie.Path.Value.Should().Be("/");
        cookie.Expires.Should().BeNull("without \"remember me\" the session ends with the browser");
    }

    [Fact]
    public async Task With_https_only_the_session_cookie_is_secure_and_host_prefixed()
    {
        await using var app = SchedAppFactory.WithSettings(("Sched:Session:HttpsOnly", "true"));
        var email = TestData.NewEmail();
        await app.CreateUserAsync(email);
        using var client = app.CreateBrowserClient(overHttps: true);

        using var login = await client.LogInAsync(email, TestData.Password);

        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
        login.SetCookie("sched").Should().BeNull();
        var cookie = login.SetCookie("__Host-sched");
        cookie.Should().NotBeNull();
        cookie!.Secure.Should().BeTrue();
        cookie.HttpOnly.Should().BeTrue();
        cookie.SameSite.Should().Be(SameSiteMode.Lax);
        cookie.Path.Value.Should().Be("/", "a __Host- cookie must have path /");
        cookie.Domain.HasValue.Should().BeFalse("a __Host- cookie must not name a domain");
        (await client.IsSignedInAsync()).Should().BeTrue("the app reads the session from the renamed cookie");
    }
}
