namespace Sched.Application.Common.Interfaces;

/// <summary>
/// Reads an iCalendar file (RFC 5545) as calendar applications write it. Infrastructure implements it
/// with Ical.Net, which Application does not reference; what to import from it is Application's choice.
/// </summary>
public interface ICalendarFileReader
{
    /// <summary>
    /// The file's events, to-dos and journal entries in order, their times as UTC instants (floating
    /// times taken in <paramref name="floatingZone"/>) or whole days; or why the file cannot be read at all.
    /// </summary>
    CalendarFileReading Read(ReadOnlySpan<byte> content, TimeZoneInfo floatingZone);
}
