using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace Sched.Infrastructure.Calendars;

/// <summary>
/// Application's calendar file reader over Ical.Net. Ical.Net unfolds lines (CRLF or LF, a space or a
/// tab), unescapes text and reads DURATION; this class turns each entry's times into UTC instants or
/// whole days, resolving TZIDs with <see cref="FileTimeZones"/>. A file Ical.Net cannot read, or that is
/// not UTF-8 text beginning with BEGIN:VCALENDAR, is unreadable as a whole, with a reason.
/// </summary>
public sealed class IcalNetCalendarFileReader : ICalendarFileReader
{
    public const string EmptyFile = "The file is empty.";

    public const string NotText = "The file is not an iCalendar file: it is not UTF-8 text.";

    public const string NotCalendar = "The file is not an iCalendar file: it does not begin with BEGIN:VCALENDAR.";

    public const string Truncated = "The file is cut short: its calendar has no END:VCALENDAR.";

    public const string Malformed = "The file could not be read as iCalendar: some of its lines are malformed.";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public CalendarFileReading Read(ReadOnlySpan<byte> content, TimeZoneInfo floatingZone)
    {
        if (content.IsEmpty)
        {
            return CalendarFileReading.Unreadable(EmptyFile);
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return CalendarFileReading.Unreadable(NotText);
        }

        text = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return CalendarFileReading.Unreadable(NotText);
        }

        if (!text.StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase))
        {
            return CalendarFileReading.Unreadable(NotCalendar);
        }

        if (!text.Contains("END:VCALENDAR", StringComparison.OrdinalIgnoreCase))
        {
            return CalendarFileReading.Unreadable(Truncated);
        }

        var calendar = Load(text);
        if (calendar is null)
        {
            return CalendarFileReading.Unreadable(Malformed);
        }

        var zones = new FileTimeZones(calendar.TimeZones, floatingZone);
        var written = WrittenUids(text);
        var entries = calendar.Events.Select(e => ReadEvent(e, zones, written))
            .Concat(calendar.Todos.Select(t => Other(t, CalendarEntryKind.ToDo, written)))
            .Concat(calendar.Journals.Select(j => Other(j, CalendarEntryKind.JournalEntry, written)))
            .ToList();
        return new CalendarFileReading { Entries = entries };
    }

    /// <summary>
    /// Ical.Net's parser throws many kinds of exception for malformed input (a line without a colon, a
    /// date that is no date, two calendars where one is expected); whichever it is, the file is malformed.
    /// </summary>
    private static Calendar? Load(string text)
    {
        try
        {
            return Calendar.Load(text);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>
    /// The values of the file's UID lines, unfolded. Ical.Net gives a component without a UID a new
    /// random one, which must not pass for the file's: a UID is the file's only when a UID line wrote it.
    /// </summary>
    private static HashSet<string> WrittenUids(string text)
    {
        var unfolded = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace("\n ", string.Empty, StringComparison.Ordinal)
            .Replace("\n\t", string.Empty, StringComparison.Ordinal);
        return unfolded.Split('\n')
            .Where(line => line.StartsWith("UID", StringComparison.OrdinalIgnoreCase) && line.Length > 3 && line[3] is ':' or ';')
            .Select(line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .ToHashSet(StringComparer.Ordinal);
    }

    private static CalendarFileEntry ReadEvent(CalendarEvent calendarEvent, FileTimeZones zones, HashSet<string> writtenUids)
    {
        var (times, problem) = ReadTimes(calendarEvent, zones);
        return Other(calendarEvent, CalendarEntryKind.Event, writtenUids) with
        {
            Location = calendarEvent.Location,
            Status = calendarEvent.Status,
            Repeats = calendarEvent.RecurrenceRule is not null || calendarEvent.RecurrenceDates.GetAllPeriods().Any(),
            ChangesOneOccurrence = calendarEvent.RecurrenceIdentifier is not null,
            Times = times,
            TimesProblem = problem,
        };
    }

    private static CalendarFileEntry Other(RecurringComponent component, CalendarEntryKind kind, HashSet<string> writtenUids) => new()
    {
        Kind = kind,
        Uid = component.Uid is { } uid && writtenUids.Contains(uid) ? uid : null,
        Title = component.Summary,
        Description = component.Description,
    };

    private static (CalendarFileTimes? Times, string? Problem) ReadTimes(CalendarEvent calendarEvent, FileTimeZones zones)
    {
        if (calendarEvent.DtStart is not { } start)
        {
            return (null, Has(calendarEvent, "DTSTART") ? "Its start (DTSTART) could not be read." : "It has no start (DTSTART).");
        }

        try
        {
            return (start.HasTime ? Timed(calendarEvent, start, zones) : OnDays(calendarEvent, start), null);
        }
        catch (UnknownTimeZoneException unknown)
        {
            return (null, $"Its time zone “{unknown.TzId}” is unknown.");
        }
        catch (ArgumentOutOfRangeException)
        {
            return (null, "Its dates are outside the range Sched can hold.");
        }
    }

    /// <summary>
    /// A timed event ends at DTEND, or DURATION after its start, or (with neither) at its start
    /// (RFC 5545 §3.6.1). A date-only DTEND counts from that day's midnight in the start's zone.
    /// </summary>
    private static CalendarFileTimes Timed(CalendarEvent calendarEvent, CalDateTime start, FileTimeZones zones)
    {
        var startUtc = zones.ToUtc(start);
        var endUtc = calendarEvent switch
        {
            { DtEnd: { } end } => zones.ToUtc(end.HasTime ? end : new CalDateTime(end.Date, TimeOnly.MinValue, start.TzId)),
            { Duration: { } duration } => startUtc.Add(duration.ToTimeSpanUnspecified()),
            _ => startUtc,
        };
        return CalendarFileTimes.Timed(startUtc, endUtc);
    }

    /// <summary>
    /// An all-day event's DTEND is exclusive (RFC 5545 §3.6.1): it lasts to the day before. With no
    /// DTEND, it lasts its DURATION in days, else one day; a DTEND on its start day is one day too.
    /// </summary>
    private static CalendarFileTimes OnDays(CalendarEvent calendarEvent, CalDateTime start)
    {
        var firstDay = start.Date;
        var lastDay = calendarEvent switch
        {
            { DtEnd: { } end } when end.Date == firstDay => firstDay,
            { DtEnd: { } end } => end.Date.AddDays(-1),
            { Duration: { } duration } => firstDay.AddDays(Math.Max(1, (int)duration.ToTimeSpanUnspecified().TotalDays) - 1),
            _ => firstDay,
        };
        return CalendarFileTimes.OnDays(firstDay, lastDay);
    }

    private static bool Has(ICalendarComponent component, string property) =>
        component.Properties.Any(p => string.Equals(p.Name, property, StringComparison.OrdinalIgnoreCase));
}
