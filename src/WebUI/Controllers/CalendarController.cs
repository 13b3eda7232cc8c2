// The calendar pages: a month grid, a week and a day of the signed-in user's appointments.
using System.Globalization;
using Sched.Application.Appointments.Queries.GetCalendar;

namespace Sched.WebUI.Controllers;

/// <summary>
/// Month, week and day views over one query. A date that cannot be read is a page that does not
/// exist (404); which dates a calendar shows is the handler's rule.
/// </summary>
[Route("calendar")]
public sealed class CalendarController(IMediator mediator) : Controller
{
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

    private static DateOnly? TryReadDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
