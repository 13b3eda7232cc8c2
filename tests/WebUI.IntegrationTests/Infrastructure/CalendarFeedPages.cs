// The account page's calendar feed section as a browser uses it: turn on or regenerate, turn off, read the address shown.
using System.Net;
using System.Text.RegularExpressions;

namespace Sched.WebUI.IntegrationTests.Infrastructure;

public static partial class CalendarFeedPages
{
    /// <summary>Presses "Turn the feed on" (or "Regenerate the address") and returns the absolute feed URL the account page then shows.</summary>
    public static async Task<Uri> TurnOnFeedAsync(this HttpClient client)
    {
        using var response = await client.PostFormAsync("/account/feed/", [], await client.GetAntiforgeryTokenAsync("/account/"));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.RedirectTarget().Should().Be("/account/");
        return ShownFeedUrl(await client.GetPageHtmlAsync("/account/")) ?? throw new InvalidOperationException("The account page shows no feed URL.");
    }

    /// <summary>Presses "Turn the feed off".</summary>
    public static async Task TurnOffFeedAsync(this HttpClient client)
    {
        using var response = await client.PostFormAsync("/account/feed/off/", [], await client.GetAntiforgeryTokenAsync("/account/"));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    /// <summary>The feed URL in the account page's read-only field, or null when the page shows none.</summary>
    public static Uri? ShownFeedUrl(string accountHtml)
    {
        var field = FeedUrlField().Match(accountHtml);
        return field.Success ? new Uri(WebUtility.HtmlDecode(field.Groups["url"].Value)) : null;
    }

    [GeneratedRegex("""<input id="feed-url"[^>]*\svalue="(?<url>[^"]*)"[^>]*\sreadonly""")]
    private static partial Regex FeedUrlField();
}
