// What a test does through a browser-like client: read antiforgery tokens, post forms, log in, inspect answers.
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace Sched.WebUI.IntegrationTests.Infrastructure;

public static partial class BrowserClientExtensions
{
    /// <summary>The cookie ASP.NET Core Identity signs a user in with.</summary>
    public const string AuthCookieName = "sched";

    /// <summary>Fetches a page that must open (200) and returns its HTML.</summary>
    public static async Task<string> GetPageHtmlAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"the page {path} should open");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The HTML of a form the app shows again (200, not a redirect) because it refused what was sent.</summary>
    public static async Task<string> FormShownAgainAsync(this HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, "a refused form is shown again with its errors");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Fetches a page and returns the value of its hidden antiforgery input.</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string path) =>
        AntiforgeryToken(await client.GetPageHtmlAsync(path));

    /// <summary>The value of the page's hidden antiforgery input.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryInput().Match(html);
        match.Success.Should().BeTrue("the page should carry an antiforgery token");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    /// <summary>Posts form fields as a browser would, with the given antiforgery token (none when null).</summary>
    public static Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, string? antiforgeryToken)
    {
        var body = antiforgeryToken is null
            ? fields
            : fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", antiforgeryToken));
        return client.PostAsync(path, new FormUrlEncodedContent(body));
    }

    /// <summary>Opens the page at the path and submits its form (which posts back to the same path) with the page's token.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.GetAntiforgeryTokenAsync(path);
        return await client.PostFormAsync(path, fields, token);
    }

    /// <summary>Opens the login page, then submits its form with a fresh token.</summary>
    public static Task<HttpResponseMessage> LogInAsync(
        this HttpClient client, string email, string password, string? returnUrl = null)
    {
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Password"] = password };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }

        return client.SubmitFormAsync("/login/", fields);
    }

    /// <summary>Logs in and checks that it worked, for tests about what a signed-in user sees.</summary>
    public static async Task LogInSuccessfullyAsync(this HttpClient client, string email, string password)
    {
        using var response = await client.LogInAsync(email, password);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{email} should be able to log in");
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

    [GeneratedRegex(""""<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<token>[^"]+)"""")]
    private static partial Regex AntiforgeryInput();
}
