// What the integration tests do through a browser-like client beyond the shared steps: log out, check the session, inspect answers and cookies.
using System.Net;
using Microsoft.Net.Http.Headers;

namespace Sched.WebUI.IntegrationTests.Infrastructure;

public static class BrowserClientExtensions
{
    /// <summary>The cookie ASP.NET Core Identity signs a user in with.</summary>
    public const string AuthCookieName = "sched";

    /// <summary>The HTML of a form the app shows again (200, not a redirect) because it refused what was sent.</summary>
    public static async Task<string> FormShownAgainAsync(this HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, "a refused form is shown again with its errors");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Whether a fresh browser can log in with this password (redirected, with a session cookie).</summary>
    public static async Task<bool> LogsInAsync(this SchedAppFactory factory, string email, string password)
    {
        using var client = factory.CreateBrowserClient();
        using var login = await client.LogInAsync(email, password);
        return login.StatusCode == HttpStatusCode.Redirect && login.SetsAuthCookie();
    }

    /// <summary>Submits the navbar's logout form with the token of the page it sits on.</summary>
    public static async Task<HttpResponseMessage> LogOutAsync(this HttpClient client) =>
        await client.PostFormAsync("/logout/", [], await client.GetAntiforgeryTokenAsync("/appointments/"));

    /// <summary>Whether the client's cookies sign it in: the appointments open, or it is sent to the login page.</summary>
    public static async Task<bool> IsSignedInAsync(this HttpClient client)
    {
        using var response = await client.GetAsync("/appointments/");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return true;
        }

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "an anonymous visitor is sent to the login page");
        response.RedirectTarget().Should().StartWith("/login/");
        return false;
    }

    /// <summary>
    /// Where a redirect goes: path and query when it stays on this site (the sign-in challenge writes
    /// an absolute URL, MVC a relative one), the whole address when it leaves the site.
    /// </summary>
    public static string RedirectTarget(this HttpResponseMessage response)
    {
        var requested = response.RequestMessage?.RequestUri ?? throw new InvalidOperationException("The response has no request.");
        if (response.Headers.Location is not { } location)
        {
            return string.Empty;
        }

        var target = new Uri(requested, location);
        return target.Authority == requested.Authority ? target.PathAndQuery : target.AbsoluteUri;
    }

    public static bool SetsAuthCookie(this HttpResponseMessage response) => response.SetCookie(AuthCookieName) is not null;

    /// <summary>Every cookie the response sets, with its flags.</summary>
    public static IList<SetCookieHeaderValue> SetCookies(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? SetCookieHeaderValue.ParseList([.. cookies]) : [];

    /// <summary>The response's Set-Cookie for the named cookie, with its flags (null when it sets none).</summary>
    public static SetCookieHeaderValue? SetCookie(this HttpResponseMessage response, string name) =>
        response.SetCookies().LastOrDefault(c => c.Name.Equals(name, StringComparison.Ordinal));

    /// <summary>The session cookie a successful login sets, as a <c>Cookie</c> header that replays it.</summary>
    public static string SessionCookieHeader(this HttpResponseMessage response)
    {
        var cookie = response.SetCookie(AuthCookieName);
        cookie.Should().NotBeNull("the response should set the session cookie");
        return $"{cookie!.Name}={cookie.Value}";
    }
}
