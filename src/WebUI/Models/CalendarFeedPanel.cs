using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Sched.Application.CalendarFeeds.Common;
using Sched.Application.CalendarFeeds.Queries.GetCalendarFeedStatus;

namespace Sched.WebUI.Models;

/// <summary>
/// The account page's calendar feed section: whether the feed is on, how far it reaches, and its absolute URL on the one
/// page view after it was made (the token is stored nowhere else, so it cannot be shown again).
/// </summary>
public sealed record CalendarFeedPanel(CalendarFeedStatus Status, string? NewUrl, CalendarFeedWindow Window)
{
    /// <summary>The feed's path for a token (CalendarController's route; a token is base64url, safe in a path).</summary>
    public static string FeedPath(string token) => $"/calendar/feed/{token}.ics";
}

/// <summary>Carries a new feed token from the POST that made it to the next page, once (TempData, like a flash message).</summary>
public static class NewFeedToken
{
    private const string Key = "sched.feed-token";

    public static void KeepNewFeedToken(this ITempDataDictionary tempData, string token) => tempData[Key] = token;

    /// <summary>The token made just before this page, removed as it is read; null when none was.</summary>
    public static string? TakeNewFeedToken(this ITempDataDictionary tempData) => tempData[Key] as string;
}
