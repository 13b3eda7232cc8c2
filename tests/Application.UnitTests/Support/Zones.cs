// The time zones the tests use, by IANA id; their daylight-saving changes give the tricky cases.
namespace Sched.Application.UnitTests.Support;

public static class Zones
{
    /// <summary>UTC−5, and UTC−4 in summer (clocks change at 02:00 local).</summary>
    public static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>UTC+1, and UTC+2 in summer; in 2024 02:00–03:00 was skipped on 31 March and repeated on 27 October.</summary>
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static TimeZoneInfo Find(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);
}
