// What a test does as a browser would, in memory or over a real socket: open a page, read its antiforgery token, post a form, log in.
using System.Net;
using System.Text.RegularExpressions;

namespace Sched.TestSupport;

public static partial class BrowserClient
{
    /// <summary>A client for a real server (a loopback port): own cookies, redirects shown instead of followed.</summary>
    public static HttpClient ForServer(Uri address) => ForServer(address, new CookieContainer());

    /// <summary>
    /// A client for one of several servers on one host that share a browser's cookies (cookies ignore
    /// the port), as a browser behind a load balancer sends its cookies to whichever instance answers.
    /// </summary>
    public static HttpClient ForServer(Uri address, CookieContainer cookies) =>
        new(new SocketsHttpHandler { UseCookies = true, CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = address,
        };

    /// <summary>Fetches a page that must open (200) and returns its HTML.</summary>
    public static async Task<string> GetPageHtmlAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"the page {path} should open");
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

    /// <summary>Posts the fields in order, as given (a name may appear twice), with the antiforgery token (none when null).</summary>
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

    /// <summary>Logs in and checks that it worked, for tests about what a signed-in user does.</summary>
    public static async Task LogInSuccessfullyAsync(this HttpClient client, string email, string password)
    {
        using var response = await client.LogInAsync(email, password);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{email} should be able to log in");
    }

    [GeneratedRegex(""""<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<token>[^"]+)"""")]
    private static partial Regex AntiforgeryInput();
}
