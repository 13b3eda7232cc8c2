using System.Diagnostics.CodeAnalysis;

namespace Sched.Domain.Appointments;

/// <summary>
/// One appointment of one owner: what it is, where, and its <see cref="AppointmentPeriod"/>. Start
/// and end are always UTC instants; an all-day appointment also keeps its days as dates, which never
/// move when the owner changes zone. The appointment guards its own rules.
/// </summary>
public sealed class Appointment : IAuditable
{
    public const int TitleMaxLength = 255;
    public const int LocationMaxLength = 255;
    public const int DescriptionMaxLength = 10_000;

    /// <summary>The longest UID kept; Sched's own are 38 characters, longer room is for other calendars' UIDs.</summary>
    public const int UidMaxLength = 255;

    /// <summary>A new appointment; <paramref name="ownerZone"/> is where its owner reads times, which places it on their calendar's days.</summary>
    public Appointment(string ownerId, string? title, AppointmentPeriod when, string? location, string? description, TimeZoneInfo ownerZone)
    {
        if (string.IsNullOrWhiteSpace(ownerId))
        {
            throw new ArgumentException("An appointment needs an owner.", nameof(ownerId));
        }

        OwnerId = ownerId;
        Uid = NewUid();
        Apply(title, when, location, description, ownerZone);
    }

    /// <summary>
    /// An appointment from another calendar's file, keeping that calendar's UID, so that importing the
    /// file again finds it (see <see cref="Revise"/>) instead of adding it twice.
    /// </summary>
    public static Appointment Imported(string ownerId, string uid, string? title, AppointmentPeriod when, string? location, string? description, TimeZoneInfo ownerZone)
    {
        if (string.IsNullOrWhiteSpace(uid) || uid.Length > UidMaxLength)
        {
            throw new ArgumentException($"A UID has 1 to {UidMaxLength} characters.", nameof(uid));
        }

        return new Appointment(ownerId, title, when, location, description, ownerZone) { Uid = uid };
    }

    /// <summary>For EF Core, which sets every property itself.</summary>
    private Appointment()
    {
        OwnerId = string.Empty;
        Uid = string.Empty;
        SearchText = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The owning user's id; appointments never change owner.</summary>
    public string OwnerId { get; private set; }

    /// <summary>
    /// The iCalendar UID (RFC 5545): given once and kept through every edit, so a calendar that
    /// subscribed to or imported this appointment recognises it after a change.
    /// </summary>
    public string Uid { get; private set; }

    /// <summary>The iCalendar SEQUENCE: 0 when made, one more at each edit by the owner.</summary>
    public int Sequence { get; private set; }

    public string? Title { get; private set; }

    /// <summary>The instant it begins (UTC). See <see cref="AppointmentPeriod.Start"/>.</summary>
    public DateTime Start { get; private set; }

    /// <summary>The instant it ends (UTC). See <see cref="AppointmentPeriod.End"/>.</summary>
    public DateTime End { get; private set; }

    public bool AllDay { get; private set; }

    /// <summary>The first day of an all-day appointment; null when timed.</summary>
    public DateOnly? FirstDay { get; private set; }

    /// <summary>The last day of an all-day appointment (inclusive); null when timed.</summary>
    public DateOnly? LastDay { get; private set; }

    /// <summary>
    /// The first day it shows on its owner's calendar, in the zone they read times in (kept up to date by
    /// <see cref="MoveToZone"/>), so a month is read by day without converting instants in SQL.
    /// </summary>
    public DateOnly CalendarFirstDay { get; private set; }

    /// <summary>The last day it shows on its owner's calendar (inclusive). See <see cref="CalendarFirstDay"/>.</summary>
    public DateOnly CalendarLastDay { get; private set; }

    /// <summary>True when it shows on more than one day of its owner's calendar.</summary>
    public bool SpansDays { get; private set; }

    public string? Location { get; private set; }

    public string? Description { get; private set; }

    /// <summary>
    /// Title, location and description folded by <see cref="AppointmentSearch"/>, kept with the text it
    /// is made from so the list can search in SQL the same way on every database.
    /// </summary>
    public string SearchText { get; private set; }

    public DateTime Created { get; set; }

    public DateTime Modified { get; set; }

    public AppointmentPeriod When => AppointmentPeriod.Stored(Start, End, FirstDay, LastDay);

    /// <summary>Replaces what the owner can edit, with the same rules as a new appointment; a new revision of it.</summary>
    public void Change(string? title, AppointmentPeriod when, string? location, string? description, TimeZoneInfo ownerZone)
    {
        Apply(title, when, location, description, ownerZone);
        Sequence++;
    }

    /// <summary>
    /// Takes another calendar's newer copy (an import of a UID already here): a new revision when
    /// anything differs, else nothing. Returns whether it changed.
    /// </summary>
    public bool Revise(string? title, AppointmentPeriod when, string? location, string? description, TimeZoneInfo ownerZone)
    {
        var before = (Title, When, Location, Description);
        Apply(title, when, location, description, ownerZone);
        if (before == (Title, When, Location, Description))
        {
            return false;
        }

        Sequence++;
        return true;
    }

    /// <summary>
    /// The owner now reads times in another zone: an all-day appointment keeps its days and moves its
    /// anchors; a timed one keeps its instants and may fall on other days of their calendar.
    /// </summary>
    public void MoveToZone(TimeZoneInfo ownerZone) => Schedule(When.InZone(ownerZone), ownerZone);

    /// <summary>A UID unique without coordination: 128 random bits, with the application's name as its domain part.</summary>
    private static string NewUid() => $"{Guid.NewGuid():N}@sched";

    [MemberNotNull(nameof(SearchText))]
    private void Apply(string? title, AppointmentPeriod when, string? location, string? description, TimeZoneInfo ownerZone)
    {
        Title = Bounded(title?.Trim(), TitleMaxLength, nameof(title));
        Location = Bounded(location?.Trim(), LocationMaxLength, nameof(location));
        Description = Bounded(description, DescriptionMaxLength, nameof(description));
        SearchText = AppointmentSearch.TextOf(Title, Location, Description);
        Schedule(when, ownerZone);
    }

    private void Schedule(AppointmentPeriod when, TimeZoneInfo ownerZone)
    {
        Start = when.Start;
        End = when.End;
        AllDay = when.AllDay;
        FirstDay = when.FirstDay;
        LastDay = when.LastDay;
        (CalendarFirstDay, CalendarLastDay) = when.DaysIn(ownerZone);
        SpansDays = CalendarLastDay != CalendarFirstDay;
    }

    /// <summary>Blank text is no text; too long text is refused rather than cut.</summary>
    private static string? Bounded(string? text, int maxLength, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return text.Length <= maxLength
            ? text
            : throw new ArgumentException($"{name} has at most {maxLength} characters.", name);
    }
}
