namespace Sched.Application.Common.Time;

/// <summary>
/// Converting between what a person types or reads (wall-clock time in their zone) and what is
/// stored (UTC instants, or UTC-midnight dates for all-day appointments).
/// </summary>
public static class UserTime
{
    /// <summary>
    /// A local time that the clocks skip (the daylight-saving gap) does not exist; callers validate
    /// with <see cref="Exists"/> first. An ambiguous local time (the hour that repeats when clocks go
    /// back) is taken as its first occurrence, as RFC 5545 does.
    /// </summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            throw new ArgumentException($"{local:yyyy-MM-dd HH:mm} does not exist in {zone.Id}.", nameof(local));
        }

        var offset = zone.IsAmbiguousTime(unspecified)
            ? zone.GetAmbiguousTimeOffsets(unspecified).Max()
            : zone.GetUtcOffset(unspecified);
        return DateTime.SpecifyKind(unspecified - offset, DateTimeKind.Utc);
    }

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone), DateTimeKind.Unspecified);

    /// <summary>Whether the wall-clock time happens at all in the zone (false inside a daylight-saving gap).</summary>
    public static bool Exists(DateTime local, TimeZoneInfo zone) =>
        !zone.IsInvalidTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));

    /// <summary>A calendar date as stored for all-day appointments: that date at UTC midnight.</summary>
    public static DateTime AsDate(DateTime local) => DateTime.SpecifyKind(local.Date, DateTimeKind.Utc);

    /// <summary>What the person sees for a stored start or end: dates as they are, instants in their zone.</summary>
    public static DateTime ForDisplay(DateTime stored, bool allDay, TimeZoneInfo zone) =>
        allDay ? DateTime.SpecifyKind(stored, DateTimeKind.Unspecified) : ToLocal(stored, zone);
}
