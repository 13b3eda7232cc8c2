using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Sched.Infrastructure.Calendars;

/// <summary>
/// Application's calendar file writer over Ical.Net. Ical.Net escapes text (commas, semicolons,
/// backslashes, newlines) and ends lines in CRLF; <see cref="ContentLineFolding"/> folds them at 75
/// octets without splitting a character. The tests read the raw text to hold it to that. Timed events
/// are written in UTC (…Z), so no VTIMEZONE is needed; all-day ones as dates.
/// </summary>
public sealed class IcalNetCalendarFileWriter : ICalendarFileWriter
{
    /// <summary>Who wrote the file (RFC 5545 §3.7.3).</summary>
    public const string ProductId = "-//Sched//Sched appointments//EN";

    /// <summary>The calendar's name as subscribing applications show it (a widely read extension).</summary>
    public const string CalendarName = "sched";

    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    public byte[] Write(IEnumerable<CalendarFileEvent> events)
    {
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", CalendarName);
        foreach (var appointment in events)
        {
            calendar.Events.Add(ToEvent(appointment));
        }

        return Utf8WithoutMark.GetBytes(ContentLineFolding.Refold(new CalendarSerializer().SerializeToString(calendar)!));
    }

    private static CalendarEvent ToEvent(CalendarFileEvent appointment)
    {
        // Without a METHOD, DTSTAMP is when the event was last revised (RFC 5545 §3.8.7.2), so the
        // same appointments always give the same bytes, which the feed's ETag relies on.
        var modified = new CalDateTime(appointment.Modified);
        var calendarEvent = new CalendarEvent
        {
            Uid = appointment.Uid,
            Sequence = appointment.Sequence,
            DtStamp = modified,
            LastModified = modified,
            Summary = appointment.Title,
            Location = appointment.Location,
            Description = appointment.Description,
        };

        if (appointment is { FirstDay: { } first, LastDay: { } last })
        {
            // DTEND of a date is exclusive (RFC 5545 §3.6.1): the day after the last day.
            calendarEvent.DtStart = new CalDateTime(first);
            calendarEvent.DtEnd = new CalDateTime(last.AddDays(1));
        }
        else
        {
            calendarEvent.DtStart = new CalDateTime(appointment.Start);
            calendarEvent.DtEnd = new CalDateTime(appointment.End);
        }

        return calendarEvent;
    }
}
