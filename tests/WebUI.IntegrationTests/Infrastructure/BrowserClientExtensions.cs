// What a test does through a browser-like client: read antiforgery tokens, post forms, log in, inspect answers.
using System.Net;
using System.Text.RegularExpressions;

namespace Sched.WebUI.IntegrationTests.Infrastructure;

public static partial class BrowserClientExtensions
{
    /// <summary>The cookie ASP.NET Core Identity signs a user in with.</summary>
    public const string AuthCookieName = "sched";

    /// <summary>Fetches a page and returns the value of its hidden antiforgery input.</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"the page {path} holds the form to read a token from");
        var html = await response.Content.ReadAsStringAsync();
        var match = AntiforgeryInput().Match(html);
        match.Success.Should().BeTrue($"the page {path} should carry an antiforgery token");
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

    /// <summary>Opens the login page, then submits its form with a fresh token.</summary>
    public static async Task<HttpResponseMessage> LogInAsync(
        this HttpClient client, string email, string password, string? returnUrl = null)
    {
        var token = await client.GetAntiforgeryTokenAsync("/login/");
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Password"] = password };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }

        return await client.PostFormAsync("/login/", fields, token);
    }

    /// <summary>Logs in and checks that it worked, for tests about what a signed-in user sees.</summary>
    public static async Task LogInSuccessfullyAsync(this HttpClient client, string email, string password)
    {
        using var response = await client.LogInAsync(email, password);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{email} should be able to log in");
    }

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

    public static bool SetsAuthCookie(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith(AuthCookieName + "=", StringComparison.Ordinal));

    /// <summary>The messages in the form's summary of errors that belong to no single field (none when it has none).</summary>
    public static IReadOnlyList<string> ValidationSummary(string html)
    {
        var summary = ValidationSummaryBlock().Match(html);
        return summary.Success
            ? [.. ListItem().Matches(summary.Groups["summary"].Value).Select(m => WebUtility.HtmlDecode(m.Groups["text"].Value.Trim()))]
            : [];
    }

    [GeneratedRegex(""""<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<token>[^"]+)"""")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("""<div[^>]*validation-summary-errors[^>]*>(?<summary>.*?)</div>""", RegexOptions.Singleline)]
    private static partial Regex ValidationSummaryBlock();

    [GeneratedRegex("<li>(?<text>.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ListItem();
}
