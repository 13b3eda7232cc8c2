// The calendar pages: a month grid, a week and a day of the signed-in user's appointments; and the private iCalendar feed.
using System.Globalization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;
using Sched.Application.Appointments.Queries.GetCalendar;
using Sched.Application.CalendarFeeds.Queries.GetCalendarFeed;
using Sched.WebUI.Security;

namespace Sched.WebUI.Controllers;

/// <summary>
/// Month, week and day views over one query. A date that cannot be read is a page that does not
/// exist (404); which dates a calendar shows is the handler's rule.
/// </summary>
[Route("calendar")]
public sealed class CalendarController(IMediator mediator) : Controller
{
    private const string FeedExtension = ".ics";

    [HttpGet("")]
    public async Task<IActionResult> Today(CancellationToken cancellationToken) =>
        View("Month", await mediator.Send(new GetCalendarQuery(CalendarSpan.Month), cancellationToken));

    [HttpGet("{year:int:range(1,9999)}/{month:int:range(1,12)}")]
    public async Task<IActionResult> Month(int year, int month, CancellationToken cancellationToken) =>
        View("Month", await mediator.Send(new GetCalendarQuery(CalendarSpan.Month, new DateOnly(year, month, 1)), cancellationToken));

    [HttpGet("week/{date}")]
    public async Task<IActionResult> Week(string date, CancellationToken cancellationToken) =>
        TryReadDate(date) is { } day
            ? View("Week", await mediator.Send(new GetCalendarQuery(CalendarSpan.Week, day), cancellationToken))
            : NotFound();

    [HttpGet("day/{date}")]
    public async Task<IActionResult> Day(string date, CancellationToken cancellationToken) =>
        TryReadDate(date) is { } day
            ? View("Day", await mediator.Send(new GetCalendarQuery(CalendarSpan.Day, day), cancellationToken))
            : NotFound();

    /// <summary>
    /// The private feed, for calendar applications: no sign-in, the token is the credential; a token
    /// that opens no feed is a 404. The file result answers a conditional GET (If-None-Match,
    /// If-Modified-Since) with 304 when the feed is unchanged. HEAD answers as GET without the body,
    /// for clients that check a subscription before they fetch it.
    /// </summary>
    [AllowAnonymous]
    [EnableRateLimiting(RequestLimits.CalendarFeedPolicy)]
    [ResponseCache(Location = ResponseCacheLocation.Client, Duration = 0)]
    [HttpGet("feed/{file}")]
    [HttpHead("feed/{file}")]
    public async Task<IActionResult> Feed(string file, CancellationToken cancellationToken)
    {
        // The whole last segment is taken, so that "/calendar/feed/.ics" (an empty token) or another
        // extension is a 404 like any wrong token, not a path no endpoint serves.
        if (!file.EndsWith(FeedExtension, StringComparison.Ordinal))
        {
            return NotFound();
        }

        var feed = await mediator.Send(new GetCalendarFeedQuery(file[..^FeedExtension.Length]), cancellationToken);
        return File(feed.Content, CalendarFile.ContentType, feed.LastModified, new EntityTagHeaderValue(feed.ETag));
    }

    private static DateOnly? TryReadDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
