namespace Sched.Application.Common.Time;

/// <summary>
/// Converting between what a person types (wall-clock time in their zone, the form's edge) and
/// UTC instants, and showing an instant on the person's wall clock.
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

    /// <summary>An instant as the person's clock shows it: the wall-clock time with that moment's offset.</summary>
    public static DateTimeOffset InZone(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), zone);

    /// <summary>Whether the wall-clock time happens at all in the zone (false inside a daylight-saving gap).</summary>
    public static bool Exists(DateTime local, TimeZoneInfo zone) =>
        !zone.IsInvalidTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
}
