// The calendar's one query: the current user's appointments on each day of a month grid, a week or a day, in their zone.
using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Common;
using Sched.Application.Common.Time;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Queries.GetCalendar;

/// <summary>What a calendar page covers: the weeks of a month, one week, or one day.</summary>
public enum CalendarSpan
{
    Month,
    Week,
    Day,
}

/// <summary>
/// The days of the <paramref name="Span"/> that holds <paramref name="Date"/> (null: today in the
/// user's zone), each with the user's appointments that touch it.
/// </summary>
[Authorize]
public sealed record GetCalendarQuery(CalendarSpan Span, DateOnly? Date = null) : IRequest<CalendarDto>
{
    /// <summary>
    /// The earliest and latest days a calendar shows: a month grid reaches a week either side of its
    /// month, and a day's anchors in a zone 14 hours from UTC must stay inside DateTime's range.
    /// </summary>
    public static readonly DateOnly EarliestDay = new(2, 1, 1);

    public static readonly DateOnly LatestDay = new(9998, 12, 31);

    /// <summary>Six weeks: the most a month grid needs.</summary>
    public const int MaxDays = 42;

    /// <summary>A month's day lists this many appointments, then says how many more it has.</summary>
    public const int MonthEntriesPerDay = 4;

    /// <summary>
    /// The most appointments read for one page (a week or a day, or those spanning days in a month):
    /// reaching it means someone stored thousands in a few days; the page then says some are missing
    /// instead of reading them all.
    /// </summary>
    public const int MaxAppointments = 1_000;
}

/// <summary>
/// A calendar page: its days in order, the day it centres on, and where the previous and next
/// pages start (null beyond the range a calendar shows).
/// </summary>
public sealed record CalendarDto(
    CalendarSpan Span,
    DateOnly Date,
    DateOnly Today,
    DayOfWeek FirstDayOfWeek,
    IReadOnlyList<CalendarDayDto> Days,
    DateOnly? Previous,
    DateOnly? Next,
    bool Truncated);

/// <summary>
/// One day of a calendar page; <see cref="InFocus"/> is false for a month grid's days of the months
/// either side. <see cref="More"/> counts the day's appointments beyond those listed (a month's day
/// lists <see cref="GetCalendarQuery.MonthEntriesPerDay"/>; a week or a day lists them all).
/// </summary>
public sealed record CalendarDayDto(DateOnly Date, bool InFocus, IReadOnlyList<CalendarEntryDto> Appointments, int More);

/// <summary>
/// An appointment on one day, its times on the user's clock. <see cref="StartsThisDay"/> is false
/// on the later days of one that began earlier, which show no start time.
/// </summary>
public sealed record CalendarEntryDto(int Id, string? Title, bool AllDay, DateTimeOffset Start, DateTimeOffset End, bool StartsThisDay);

public sealed class GetCalendarQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<GetCalendarQuery, CalendarDto>
{
    // Each query takes SpansDays as a parameter, so that the SQL compares it with = and the day indexes,
    // which hold it second, narrow their search by it.

    /// <summary>The owner's appointments that show on more than one day (spansDays: true), any of them in [first, last], by their last day.</summary>
    private static readonly CompiledPerModel<Func<DbContext, string, bool, DateOnly, DateOnly, int, IAsyncEnumerable<StoredAppointment>>> SpanningDays =
        new(() => EF.CompileAsyncQuery((DbContext context, string ownerId, bool spansDays, DateOnly first, DateOnly last, int take) => context.Set<Appointment>()
            .AsNoTracking()
            .Where(a => a.OwnerId == ownerId) // the ownership rule of OwnedAppointments, inside a compiled query
            .Where(a => a.SpansDays == spansDays && a.CalendarLastDay >= first && a.CalendarFirstDay <= last)
            .OrderBy(a => a.CalendarLastDay).ThenBy(a => a.Id)
            .Take(take)
            .Select(StoredAppointment.WithoutDescription)));

    /// <summary>The owner's appointments that show on one day only (spansDays: false), that day in [first, last].</summary>
    private static readonly CompiledPerModel<Func<DbContext, string, bool, DateOnly, DateOnly, int, IAsyncEnumerable<StoredAppointment>>> OneDayEach =
        new(() => EF.CompileAsyncQuery((DbContext context, string ownerId, bool spansDays, DateOnly first, DateOnly last, int take) => context.Set<Appointment>()
            .AsNoTracking()
            .Where(a => a.OwnerId == ownerId)
            .Where(a => a.SpansDays == spansDays && a.CalendarFirstDay >= first && a.CalendarFirstDay <= last)
            .OrderBy(a => a.CalendarFirstDay).ThenByDescending(a => a.AllDay).ThenBy(a => a.Start).ThenBy(a => a.Id)
            .Take(take)
            .Select(StoredAppointment.WithoutDescription)));

    public async Task<CalendarDto> Handle(GetCalendarQuery request, CancellationToken cancellationToken)
    {
        var zone = currentUser.TimeZone;
        var firstDayOfWeek = currentUser.FirstDayOfWeek;
        var today = DateOnly.FromDateTime(UserTime.InZone(clock.GetUtcNow().UtcDateTime, zone).DateTime);
        var date = request.Date ?? today;
        if (date < GetCalendarQuery.EarliestDay || date > GetCalendarQuery.LatestDay)
        {
            throw new NotFoundException("Calendar day", date);
        }

        var (first, last, focusFirst, focusLast, previous, next) = Range(request.Span, date, firstDayOfWeek);
        var ownerId = currentUser.RequiredUserId();
        var context = db.AsDbContext();

        // Appointments are read by the days of the owner's calendar they show on (Appointment.CalendarFirstDay
        // and CalendarLastDay). The few that span days come whole; a month takes only the first few of each
        // day that show on one day, and counts the rest, so it never reads the hundreds a busy month holds.
        IReadOnlyList<StoredAppointment> stored;
        IReadOnlyDictionary<DateOnly, int>? oneDayCounts = null;
        if (request.Span == CalendarSpan.Month)
        {
            var month = await db.ReadMonthAsync(
                ownerId, first, last, GetCalendarQuery.MonthEntriesPerDay, GetCalendarQuery.MaxAppointments + 1, cancellationToken);
            oneDayCounts = month.OneDayCounts;
            stored = month.Appointments;
        }
        else
        {
            stored = [
                .. await SpanningDays.For(context)(context, ownerId, true, first, last, GetCalendarQuery.MaxAppointments + 1).ToListAsync(cancellationToken),
                .. await OneDayEach.For(context)(context, ownerId, false, first, last, GetCalendarQuery.MaxAppointments + 1).ToListAsync(cancellationToken),
            ];
        }

        // Each kind was read up to one past the most a page reads, so one more than that means some are missing.
        // Days are indexed by their distance from the first: a month places about two hundred entries on 42 days.
        var dayCount = last.DayNumber - first.DayNumber + 1;
        var entriesOnDay = new List<CalendarEntryDto>[dayCount];
        var spanningOnDay = new int[dayCount];
        int spanningRead = 0, oneDayRead = 0;
        foreach (var appointment in stored)
        {
            var shown = ShownPeriod.Of(appointment, zone);
            var spans = shown.LastDay > shown.FirstDay;
            if ((spans ? ++spanningRead : ++oneDayRead) > GetCalendarQuery.MaxAppointments)
            {
                continue;
            }

            var from = Math.Max(shown.FirstDay.DayNumber, first.DayNumber) - first.DayNumber;
            var to = Math.Min(shown.LastDay.DayNumber, last.DayNumber) - first.DayNumber;
            for (var day = from; day <= to; day++)
            {
                (entriesOnDay[day] ??= []).Add(new CalendarEntryDto(
                    appointment.Id, appointment.Title, appointment.AllDay, shown.Start, shown.End, StartsThisDay: day + first.DayNumber == shown.FirstDay.DayNumber));
                spanningOnDay[day] += spans ? 1 : 0;
            }
        }

        var truncated = spanningRead > GetCalendarQuery.MaxAppointments || oneDayRead > GetCalendarQuery.MaxAppointments;
        var days = new List<CalendarDayDto>(dayCount);
        for (var day = 0; day < dayCount; day++)
        {
            var onDate = first.AddDays(day);
            var entries = entriesOnDay[day] ?? [];
            entries.Sort(DayOrder);
            var inFocus = onDate >= focusFirst && onDate <= focusLast;
            if (oneDayCounts is null)
            {
                days.Add(new CalendarDayDto(onDate, inFocus, entries, More: 0));
                continue;
            }

            var listed = entries.Count > GetCalendarQuery.MonthEntriesPerDay ? entries.GetRange(0, GetCalendarQuery.MonthEntriesPerDay) : entries;
            var total = oneDayCounts.GetValueOrDefault(onDate) + spanningOnDay[day];
            days.Add(new CalendarDayDto(onDate, inFocus, listed, Math.Max(0, total - listed.Count)));
        }

        return new CalendarDto(request.Span, date, today, firstDayOfWeek, days, Reachable(previous), Reachable(next), truncated);
    }

    /// <summary>The order a day lists its appointments in: all-day first, then by start, then by id.</summary>
    private static int DayOrder(CalendarEntryDto x, CalendarEntryDto y)
    {
        var order = y.AllDay.CompareTo(x.AllDay);
        order = order != 0 ? order : x.Start.CompareTo(y.Start);
        return order != 0 ? order : x.Id.CompareTo(y.Id);
    }

    /// <summary>The days shown, the days in focus (a month's own), and the dates of the previous and next pages.</summary>
    private static (DateOnly First, DateOnly Last, DateOnly FocusFirst, DateOnly FocusLast, DateOnly Previous, DateOnly Next) Range(
        CalendarSpan span, DateOnly date, DayOfWeek firstDayOfWeek)
    {
        switch (span)
        {
            case CalendarSpan.Day:
                return (date, date, date, date, date.AddDays(-1), date.AddDays(1));
            case CalendarSpan.Week:
                var weekStart = WeekStart(date, firstDayOfWeek);
                return (weekStart, weekStart.AddDays(6), weekStart, weekStart.AddDays(6), date.AddDays(-7), date.AddDays(7));
            default:
                var monthStart = new DateOnly(date.Year, date.Month, 1);
                var monthEnd = monthStart.AddMonths(1).AddDays(-1);
                var gridStart = WeekStart(monthStart, firstDayOfWeek);
                var gridEnd = WeekStart(monthEnd, firstDayOfWeek).AddDays(6);
                return (gridStart, gridEnd, monthStart, monthEnd, monthStart.AddMonths(-1), monthStart.AddMonths(1));
        }
    }

    /// <summary>The first day of the week (as the user counts weeks) that holds the date.</summary>
    private static DateOnly WeekStart(DateOnly date, DayOfWeek firstDayOfWeek) =>
        date.AddDays(-(((int)date.DayOfWeek - (int)firstDayOfWeek + 7) % 7));

    private static DateOnly? Reachable(DateOnly day) =>
        day >= GetCalendarQuery.EarliestDay && day <= GetCalendarQuery.LatestDay ? day : null;
}

public sealed class GetCalendarQueryValidator : AbstractValidator<GetCalendarQuery>
{
    public GetCalendarQueryValidator() =>
        RuleFor(q => q.Span).IsInEnum().WithMessage("A calendar shows a month, a week or a day.");
}
