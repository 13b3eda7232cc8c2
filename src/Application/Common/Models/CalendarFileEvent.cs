using System.Linq.Expressions;
using Sched.Domain.Appointments;

namespace Sched.Application.Common.Models;

/// <summary>
/// An appointment as a calendar file holds it: its UID and revision, its text, and when it happens, with
/// the meanings the Domain gives them (UTC instants; for all-day, the first and last day, inclusive).
/// </summary>
public sealed record CalendarFileEvent
{
    /// <summary>The columns a calendar file needs, for a query's projection (SQL reads only these).</summary>
    public static readonly Expression<Func<Appointment, CalendarFileEvent>> FromAppointment = a => new CalendarFileEvent
    {
        Uid = a.Uid, Sequence = a.Sequence, Modified = a.Modified, Title = a.Title, Location = a.Location, Description = a.Description,
        Start = a.Start, End = a.End, FirstDay = a.FirstDay, LastDay = a.LastDay,
    };

    public required string Uid { get; init; }

    public int Sequence { get; init; }

    /// <summary>When it was last saved (UTC): the event's LAST-MODIFIED and DTSTAMP.</summary>
    public DateTime Modified { get; init; }

    public string? Title { get; init; }

    public string? Location { get; init; }

    public string? Description { get; init; }

    /// <summary>The instant it begins (UTC); for all-day, read <see cref="FirstDay"/> instead.</summary>
    public DateTime Start { get; init; }

    /// <summary>The instant it ends (UTC); for all-day, read <see cref="LastDay"/> instead.</summary>
    public DateTime End { get; init; }

    /// <summary>The first day of an all-day appointment; null when timed.</summary>
    public DateOnly? FirstDay { get; init; }

    /// <summary>The last day of an all-day appointment (inclusive); null when timed.</summary>
    public DateOnly? LastDay { get; init; }
}
