using System.Security.Cryptography;
using System.Text;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Common;

/// <summary>
/// One appointment to import, as the preview showed it and the pending import keeps it: the event with
/// its text already within the appointment's limits (times as <see cref="CalendarFileEvent"/> means them),
/// and what the preview said about it.
/// </summary>
public sealed record ImportedAppointment(CalendarFileEvent Event, IReadOnlyList<string> Notes)
{
    /// <summary>When it happens for an owner in <paramref name="zone"/>; the Domain checks it again.</summary>
    public AppointmentPeriod PeriodIn(TimeZoneInfo zone) =>
        Event is { FirstDay: { } first, LastDay: { } last }
            ? AppointmentPeriod.OnDays(first, last, zone)
            : AppointmentPeriod.Between(DateTime.SpecifyKind(Event.Start, DateTimeKind.Utc), DateTime.SpecifyKind(Event.End, DateTimeKind.Utc));
}

/// <summary>An entry of the file that is not imported, and why, in words for the person importing.</summary>
public sealed record SkippedCalendarEntry(string What, string? Title, string Reason);

/// <summary>
/// What to import from a file that was read: every event that can be an appointment, and every other
/// entry with the reason it is skipped. The rules of the appointment (text lengths, date range, end
/// not before start) decide, so the confirm step stores exactly what the preview showed.
/// </summary>
public static class CalendarImport
{
    public const string RepeatsNote = "Repeats: only its first occurrence is imported.";

    /// <summary>The domain part of the UIDs Sched makes for events that came without one.</summary>
    public const string GeneratedUidDomain = "@import.sched";

    public static (IReadOnlyList<ImportedAppointment> Appointments, IReadOnlyList<SkippedCalendarEntry> Skipped) Plan(IEnumerable<CalendarFileEntry> entries)
    {
        var appointments = new List<ImportedAppointment>();
        var skipped = new List<SkippedCalendarEntry>();
        var uids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var reason = ReasonToSkip(entry);
            if (reason is null)
            {
                var imported = ToAppointment(entry);
                if (uids.Add(imported.Event.Uid))
                {
                    appointments.Add(imported);
                    continue;
                }

                reason = "Another event in this file has the same UID; the first one is imported.";
            }

            skipped.Add(new SkippedCalendarEntry(What(entry.Kind), entry.Title, reason));
        }

        return (appointments, skipped);
    }

    private static string What(CalendarEntryKind kind) => kind switch
    {
        CalendarEntryKind.ToDo => "To-do (VTODO)",
        CalendarEntryKind.JournalEntry => "Journal entry (VJOURNAL)",
        _ => "Event",
    };

    private static string? ReasonToSkip(CalendarFileEntry entry) => entry switch
    {
        { Kind: CalendarEntryKind.ToDo } => "Sched keeps appointments, not to-dos.",
        { Kind: CalendarEntryKind.JournalEntry } => "Sched keeps appointments, not journal entries.",
        { Status: { } status } when string.Equals(status, "CANCELLED", StringComparison.OrdinalIgnoreCase) => "It is cancelled (STATUS:CANCELLED).",
        { ChangesOneOccurrence: true } => "It changes one occurrence of a repeating event (RECURRENCE-ID); only the first occurrence is imported.",
        { Times: null } => entry.TimesProblem ?? "Its times could not be read.",
        { Times: { } times } when !InRange(times) => "Its dates are outside the range Sched can hold.",
        { Times: { FirstDay: { } first, LastDay: { } last } } when last < first => "It ends before it starts.",
        { Times: { FirstDay: null } times } when times.End < times.Start => "It ends before it starts.",
        { Uid.Length: > Appointment.UidMaxLength } => $"Its UID is longer than {Appointment.UidMaxLength} characters.",
        _ => null,
    };

    private static bool InRange(CalendarFileTimes times) =>
        times is { FirstDay: { } first, LastDay: { } last }
            ? AppointmentRange.Holds(first.ToDateTime(TimeOnly.MinValue)) && AppointmentRange.Holds(last.ToDateTime(TimeOnly.MinValue))
            : AppointmentRange.Holds(times.Start) && AppointmentRange.Holds(times.End);

    private static ImportedAppointment ToAppointment(CalendarFileEntry entry)
    {
        var notes = new List<string>();
        if (entry.Repeats)
        {
            notes.Add(RepeatsNote);
        }

        var title = Fit(entry.Title?.Trim(), Appointment.TitleMaxLength, "Title", notes);
        var location = Fit(entry.Location?.Trim(), Appointment.LocationMaxLength, "Location", notes);
        var description = Fit(entry.Description, Appointment.DescriptionMaxLength, "Description", notes);
        var times = entry.Times!;
        var calendarEvent = new CalendarFileEvent
        {
            Uid = string.IsNullOrWhiteSpace(entry.Uid) ? GeneratedUid(title, location, description, times) : entry.Uid,
            Title = title,
            Location = location,
            Description = description,
            Start = times.Start,
            End = times.End,
            FirstDay = times.FirstDay,
            LastDay = times.LastDay,
        };
        return new ImportedAppointment(calendarEvent, notes);
    }

    /// <summary>Text over the appointment's limit is cut to it (never inside a character), and the preview says so.</summary>
    private static string? Fit(string? text, int maxLength, string name, List<string> notes)
    {
        if (text is null || text.Length <= maxLength)
        {
            return text;
        }

        notes.Add($"{name} cut to {maxLength:N0} characters.");
        return text[..(char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength)];
    }

    /// <summary>
    /// An event without a UID gets one made from what it is (text and times), so importing the same
    /// file again finds it; two such events alike in everything are one.
    /// </summary>
    private static string GeneratedUid(string? title, string? location, string? description, CalendarFileTimes times)
    {
        var content = string.Join('\u001f', title, location, description, times.Start.Ticks, times.End.Ticks, times.FirstDay?.DayNumber, times.LastDay?.DayNumber);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..32] + GeneratedUidDomain;
    }
}
