namespace Sched.Application.Common.Models;

/// <summary>What <see cref="Interfaces.ICalendarFileReader"/> found in a file: its entries, or why it is no readable calendar.</summary>
public sealed record CalendarFileReading
{
    public IReadOnlyList<CalendarFileEntry> Entries { get; init; } = [];

    /// <summary>Why the file cannot be read (not iCalendar, truncated, not text); null when it was read.</summary>
    public string? Problem { get; init; }

    public static CalendarFileReading Unreadable(string problem) => new() { Problem = problem };
}

/// <summary>What kind of entry a calendar file holds (RFC 5545 §3.6).</summary>
public enum CalendarEntryKind
{
    Event,
    ToDo,
    JournalEntry,
}

/// <summary>One entry of a calendar file, as the file says it, text unescaped and unfolded.</summary>
public sealed record CalendarFileEntry
{
    public CalendarEntryKind Kind { get; init; }

    /// <summary>The entry's UID; null when the file gives none.</summary>
    public string? Uid { get; init; }

    public string? Title { get; init; }

    public string? Location { get; init; }

    public string? Description { get; init; }

    /// <summary>STATUS, as written (e.g. CONFIRMED, TENTATIVE, CANCELLED); null when absent.</summary>
    public string? Status { get; init; }

    /// <summary>It repeats (RRULE or RDATE); <see cref="Times"/> is its first occurrence.</summary>
    public bool Repeats { get; init; }

    /// <summary>It changes one occurrence of a repeating event (RECURRENCE-ID).</summary>
    public bool ChangesOneOccurrence { get; init; }

    /// <summary>When it happens; null when that could not be read (see <see cref="TimesProblem"/>).</summary>
    public CalendarFileTimes? Times { get; init; }

    /// <summary>Why <see cref="Times"/> is missing, in words for the person importing.</summary>
    public string? TimesProblem { get; init; }
}

/// <summary>
/// When an entry happens: timed, between two UTC instants; or all-day, from the first to the last day
/// (inclusive). The end may be before the start: that is for the importer to refuse.
/// </summary>
public sealed record CalendarFileTimes
{
    public DateTime Start { get; init; }

    public DateTime End { get; init; }

    public DateOnly? FirstDay { get; init; }

    public DateOnly? LastDay { get; init; }

    public static CalendarFileTimes Timed(DateTime start, DateTime end) => new() { Start = start, End = end };

    public static CalendarFileTimes OnDays(DateOnly firstDay, DateOnly lastDay) => new() { FirstDay = firstDay, LastDay = lastDay };
}
