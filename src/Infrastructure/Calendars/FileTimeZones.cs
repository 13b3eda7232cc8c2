using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace Sched.Infrastructure.Calendars;

/// <summary>
/// The zones one calendar file's times are in. A TZID is looked up as an IANA or a Windows zone name
/// (.NET on Linux knows both, through ICU), then as the tail of a prefixed name (older Thunderbird wrote
/// "/mozilla.org/20050126_1/America/New_York"), then through the file's own VTIMEZONE: the location it
/// names (X-LIC-LOCATION), or else the offsets and yearly rules it defines (Outlook's "Customized Time Zone").
/// Floating times (no TZID, no Z) are in the importing person's zone.
/// </summary>
internal sealed class FileTimeZones(IEnumerable<VTimeZone> definitions, TimeZoneInfo floatingZone)
{
    private readonly Dictionary<string, VTimeZone> definitions = definitions
        .Where(d => !string.IsNullOrEmpty(d.TzId))
        .DistinctBy(d => d.TzId)
        .ToDictionary(d => d.TzId!, StringComparer.Ordinal);

    private readonly Dictionary<string, TimeZoneInfo?> resolved = new(StringComparer.Ordinal);

    /// <summary>The instant a time of the file names; a wall-clock time in a daylight-saving gap is read with the offset before the gap, a repeated one as its first occurrence (RFC 5545 §3.3.5).</summary>
    public DateTime ToUtc(CalDateTime time)
    {
        if (time.IsUtc)
        {
            return DateTime.SpecifyKind(time.Value, DateTimeKind.Utc);
        }

        var zone = time.IsFloating ? floatingZone : Resolve(time.TzId!) ?? throw new UnknownTimeZoneException(time.TzId!);
        var local = DateTime.SpecifyKind(time.Value, DateTimeKind.Unspecified);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.IsInvalidTime(local) ? zone.GetUtcOffset(local.AddHours(-3))
            : zone.GetUtcOffset(local);
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    private TimeZoneInfo? Resolve(string tzId)
    {
        if (!resolved.TryGetValue(tzId, out var zone))
        {
            zone = Known(tzId) ?? FromDefinition(tzId);
            resolved[tzId] = zone;
        }

        return zone;
    }

    /// <summary>A zone .NET knows by this name, or by the name after one of its slashes.</summary>
    private static TimeZoneInfo? Known(string? name)
    {
        for (var rest = name?.Trim(); !string.IsNullOrEmpty(rest); rest = rest.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? rest[(slash + 1)..] : null)
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(rest, out var zone))
            {
                return zone;
            }
        }

        return null;
    }

    private TimeZoneInfo? FromDefinition(string tzId)
    {
        if (!definitions.TryGetValue(tzId, out var definition))
        {
            return null;
        }

        var location = definition.Properties.FirstOrDefault(p => string.Equals(p.Name, "X-LIC-LOCATION", StringComparison.OrdinalIgnoreCase))?.Value as string;
        try
        {
            return Known(location) ?? Defined(tzId, definition);
        }
        catch (ArgumentException)
        {
            // Rules .NET cannot hold (a transition on the same day as the other, offsets beyond 14 hours).
            return null;
        }
    }

    /// <summary>
    /// A zone built from a VTIMEZONE's latest STANDARD and DAYLIGHT observances: a fixed offset, plus a
    /// yearly daylight-saving rule when both give one as month and weekday (BYMONTH, BYDAY such as -1SU).
    /// </summary>
    private static TimeZoneInfo? Defined(string tzId, VTimeZone definition)
    {
        var standard = Latest(definition, "STANDARD");
        var daylight = Latest(definition, "DAYLIGHT");
        if (standard?.OffsetTo is not { } standardOffset)
        {
            return null;
        }

        var baseOffset = standardOffset.Offset;
        if (daylight?.OffsetTo is { } daylightOffset && Transition(daylight) is { } begins && Transition(standard) is { } ends
            && daylightOffset.Offset != baseOffset)
        {
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date, DateTime.MaxValue.Date, daylightOffset.Offset - baseOffset, begins, ends);
            return TimeZoneInfo.CreateCustomTimeZone(tzId, baseOffset, tzId, tzId, tzId, [rule]);
        }

        return TimeZoneInfo.CreateCustomTimeZone(tzId, baseOffset, tzId, tzId);
    }

    private static VTimeZoneInfo? Latest(VTimeZone definition, string name) =>
        definition.TimeZoneInfos
            .Where(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase))
            .MaxBy(i => i.DtStart?.Value ?? DateTime.MinValue);

    /// <summary>When the observance begins each year, as .NET writes a rule: the nth (or last) weekday of a month, at a wall-clock time.</summary>
    private static TimeZoneInfo.TransitionTime? Transition(VTimeZoneInfo observance)
    {
        if (observance is not { RecurrenceRule: { Frequency: FrequencyType.Yearly, ByMonth: [var month], ByDay: [var weekDay] }, DtStart: { } start })
        {
            return null;
        }

        var week = weekDay.Offset switch
        {
            -1 => 5,
            >= 1 and <= 4 and var n => n,
            _ => (int?)null,
        };
        return week is null || month is < 1 or > 12
            ? null
            : TimeZoneInfo.TransitionTime.CreateFloatingDateRule(
                new DateTime(1, 1, 1, start.Hour, start.Minute, 0, DateTimeKind.Unspecified), month, week.Value, weekDay.DayOfWeek);
    }
}

/// <summary>A TZID that names no zone .NET knows and that the file does not define.</summary>
internal sealed class UnknownTimeZoneException(string tzId) : Exception($"Unknown time zone \"{tzId}\".")
{
    public string TzId { get; } = tzId;
}
