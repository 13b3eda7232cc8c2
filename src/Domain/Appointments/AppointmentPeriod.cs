namespace Sched.Domain.Appointments;

/// <summary>
/// When an appointment happens, in one of two shapes. Timed: between two UTC instants. All-day: on
/// whole days of the owner's calendar (first and last day, inclusive), anchored to the instants where
/// those days begin and end in the owner's zone, so that one ordering by start instant puts an
/// all-day appointment after the previous day's timed ones and before its own day's, on the owner's
/// wall clock.
/// </summary>
public sealed record AppointmentPeriod
{
    private AppointmentPeriod(DateTime start, DateTime end, DateOnly? firstDay, DateOnly? lastDay)
    {
        Start = start;
        End = end;
        FirstDay = firstDay;
        LastDay = lastDay;
    }

    /// <summary>The instant it begins (UTC); for all-day, when the first day begins in the owner's zone.</summary>
    public DateTime Start { get; }

    /// <summary>The instant it ends (UTC); for all-day, when the day after the last begins in the owner's zone.</summary>
    public DateTime End { get; }

    /// <summary>The first day of an all-day appointment; null when timed.</summary>
    public DateOnly? FirstDay { get; }

    /// <summary>The last day of an all-day appointment (inclusive); null when timed.</summary>
    public DateOnly? LastDay { get; }

    public bool AllDay => FirstDay is not null;

    /// <summary>Between two instants, which must be UTC, the end not before the start.</summary>
    public static AppointmentPeriod Between(DateTime start, DateTime end)
    {
        if (start.Kind != DateTimeKind.Utc || end.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Start and end are UTC instants.");
        }

        return end < start
            ? throw new ArgumentException("An appointment cannot end before it starts.", nameof(end))
            : new AppointmentPeriod(start, end, null, null);
    }

    /// <summary>On whole days, from the first to the last (inclusive), of the owner's calendar in <paramref name="ownerZone"/>.</summary>
    public static AppointmentPeriod OnDays(DateOnly firstDay, DateOnly lastDay, TimeZoneInfo ownerZone) =>
        lastDay < firstDay
            ? throw new ArgumentException("An appointment cannot end before it starts.", nameof(lastDay))
            : new AppointmentPeriod(StartOfDay(firstDay, ownerZone), StartOfDay(lastDay.AddDays(1), ownerZone), firstDay, lastDay);

    /// <summary>The same period for an owner who now lives in another zone: all-day days stay, their anchors move.</summary>
    public AppointmentPeriod InZone(TimeZoneInfo ownerZone) =>
        FirstDay is { } first && LastDay is { } last ? OnDays(first, last, ownerZone) : this;

    /// <summary>
    /// The first and last day (inclusive) it touches on the calendar of someone in <paramref name="zone"/>:
    /// an all-day period's own days; a timed one's from its start to its end on their wall clock.
    /// </summary>
    public (DateOnly First, DateOnly Last) DaysIn(TimeZoneInfo zone) =>
        FirstDay is { } first && LastDay is { } last
            ? (first, last)
            : TimedDays(TimeZoneInfo.ConvertTimeFromUtc(Start, zone), TimeZoneInfo.ConvertTimeFromUtc(End, zone));

    /// <summary>
    /// The days a timed period touches between two wall-clock times: an end at midnight touches the
    /// next day only at its first instant, so that day is not counted.
    /// </summary>
    public static (DateOnly First, DateOnly Last) TimedDays(DateTime localStart, DateTime localEnd)
    {
        var last = localEnd > localStart && localEnd.TimeOfDay == TimeSpan.Zero ? localEnd.AddTicks(-1) : localEnd;
        return (DateOnly.FromDateTime(localStart), DateOnly.FromDateTime(last));
    }

    /// <summary>How long it lasts: whole days for all-day, else the time between the instants.</summary>
    public TimeSpan Duration => FirstDay is { } first && LastDay is { } last
        ? TimeSpan.FromDays(last.DayNumber - first.DayNumber + 1)
        : End - Start;

    /// <summary>Restores a stored period without re-checking what was checked when it was made.</summary>
    internal static AppointmentPeriod Stored(DateTime start, DateTime end, DateOnly? firstDay, DateOnly? lastDay) =>
        new(start, end, firstDay, lastDay);

    /// <summary>
    /// The instant a day begins in a zone: its midnight, or, where the clocks skip midnight for
    /// daylight saving, the first wall-clock time that exists; a repeated midnight counts once, the first.
    /// </summary>
    private static DateTime StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }
}
