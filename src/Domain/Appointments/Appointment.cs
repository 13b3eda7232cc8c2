namespace Sched.Domain.Appointments;

/// <summary>
/// One appointment of one owner. Start and end are UTC instants; for an all-day appointment they
/// are calendar dates kept at UTC midnight (the first and the last day), so the appointment stays on
/// its dates whatever time zone it is looked at from. The appointment guards its own rules.
/// </summary>
public sealed class Appointment : IAuditable
{
    public const int TitleMaxLength = 255;
    public const int LocationMaxLength = 255;
    public const int DescriptionMaxLength = 10_000;

    public Appointment(string ownerId, string? title, DateTime start, DateTime end, bool allDay, string? location, string? description)
    {
        if (string.IsNullOrWhiteSpace(ownerId))
        {
            throw new ArgumentException("An appointment needs an owner.", nameof(ownerId));
        }

        OwnerId = ownerId;
        Change(title, start, end, allDay, location, description);
    }

    /// <summary>For EF Core, which sets every property itself.</summary>
    private Appointment()
    {
        OwnerId = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The owning user's id; appointments never change owner.</summary>
    public string OwnerId { get; private set; }

    public string? Title { get; private set; }

    public DateTime Start { get; private set; }

    public DateTime End { get; private set; }

    public bool AllDay { get; private set; }

    public string? Location { get; private set; }

    public string? Description { get; private set; }

    public DateTime Created { get; set; }

    public DateTime Modified { get; set; }

    /// <summary>How long it lasts; an all-day appointment counts its last day in full.</summary>
    public TimeSpan Duration => DurationOf(Start, End, AllDay);

    /// <summary>The duration rule, for readers that hold only the stored start, end and flag.</summary>
    public static TimeSpan DurationOf(DateTime start, DateTime end, bool allDay) =>
        allDay ? end - start + TimeSpan.FromDays(1) : end - start;

    /// <summary>Replaces what the owner can edit, with the same rules as a new appointment.</summary>
    public void Change(string? title, DateTime start, DateTime end, bool allDay, string? location, string? description)
    {
        if (start.Kind != DateTimeKind.Utc || end.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Start and end are UTC instants.");
        }

        if (end < start)
        {
            throw new ArgumentException("An appointment cannot end before it starts.", nameof(end));
        }

        if (allDay && (start.TimeOfDay != TimeSpan.Zero || end.TimeOfDay != TimeSpan.Zero))
        {
            throw new ArgumentException("An all-day appointment starts and ends on whole dates.");
        }

        Title = Bounded(title?.Trim(), TitleMaxLength, nameof(title));
        Location = Bounded(location?.Trim(), LocationMaxLength, nameof(location));
        Description = Bounded(description, DescriptionMaxLength, nameof(description));
        Start = start;
        End = end;
        AllDay = allDay;
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
