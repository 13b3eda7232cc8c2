namespace Sched.Infrastructure.Persistence;

/// <summary>
/// How many of an owner's appointments show on one day only (<c>SpansDays</c> false) on each day of the
/// owner's calendar, for the month grid's "+N more". Triggers on the Appointments table keep it (each
/// provider's migration <c>AppointmentDayCounts</c> creates them), so every write counts, those that
/// bypass EF Core included; nothing in Sched writes it. A day with none has no row.
/// See docs/decisions/0027-month-day-counts-are-kept-by-triggers.md.
/// </summary>
public sealed class AppointmentDayCount
{
    public required string OwnerId { get; init; }

    public DateOnly Day { get; init; }

    public int Count { get; init; }
}
