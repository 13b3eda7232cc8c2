// What a test does as a browser would: read an antiforgery token, post a form (fields may repeat), log in.
using System.Net;
using System.Text.RegularExpressions;

namespace Sched.WebUI.ReliabilityTests.Infrastructure;

public static partial class BrowserClient
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>A client for a real server: own cookies, redirects shown instead of followed.</summary>
    public static HttpClient ForServer(Uri address) =>
        new(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = address,
        };

    /// <summary>Fetches a page and returns the value of its hidden antiforgery input.</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"the page {path} holds a form");
        var match = AntiforgeryInput().Match(await response.Content.ReadAsStringAsync());
        match.Success.Should().BeTrue($"the page {path} should carry an antiforgery token");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    /// <summary>Posts the fields in order, as given (a name may appear twice), with the token when there is one.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, string? token)
    {
        var body = token is null ? fields : fields.Append(new(TokenField, token));
        return client.PostAsync(path, new FormUrlEncodedContent(body));
    }

    /// <summary>Logs in through the login form and checks that it worked.</summary>
    public static async Task LogInAsync(this HttpClient client, string email, string password)
    {
        var token = await client.GetAntiforgeryTokenAsync("/login/");
        using var response = await client.PostFormAsync("/login/", [new("Email", email), new("Password", password)], token);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{email} should be able to log in");
    }

    [GeneratedRegex(""""<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<token>[^"]+)"""")]
    private static partial Regex AntiforgeryInput();
}
