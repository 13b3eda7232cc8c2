namespace Sched.Application.Common.Interfaces;

/// <summary>
/// Writes appointments as one iCalendar file (RFC 5545), the format calendar applications subscribe
/// to and import. Infrastructure implements it with Ical.Net, which Application does not reference.
/// </summary>
public interface ICalendarFileWriter
{
    /// <summary>The events as a VCALENDAR, encoded as UTF-8 (no byte-order mark), lines ending in CRLF.</summary>
    byte[] Write(IEnumerable<CalendarFileEvent> events);
}
