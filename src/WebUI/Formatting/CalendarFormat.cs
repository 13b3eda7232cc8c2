// How the calendar pages write days, their URLs and each appointment's line.
using System.Globalization;
using Sched.Application.Appointments.Queries.GetCalendar;

namespace Sched.WebUI.Formatting;

/// <summary>Days as the calendar shows them (spelled out for screen readers, ISO in attributes and URLs) and entry text.</summary>
public static class CalendarFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private const string FullDateFormat = "dddd, d MMMM yyyy";

    private const string IsoDateFormat = "yyyy-MM-dd";

    /// <summary>A day spelled out for a label or a heading, e.g. "Tuesday, 4 March 2031".</summary>
    public static string FullDate(DateOnly day) => day.ToString(FullDateFormat, Invariant);

    /// <summary>A day as HTML's datetime attribute and the calendar's URLs write it, e.g. "2031-03-04".</summary>
    public static string IsoDate(DateOnly day) => day.ToString(IsoDateFormat, Invariant);

    /// <summary>
    /// <see cref="FullDate"/> written without a string of its own (a month writes its days' dates over two
    /// hundred times). Both formats give only letters, digits, commas, spaces and hyphens: nothing to encode.
    /// </summary>
    public static void WriteFullDate(TextWriter writer, DateOnly day) => Write(writer, day, FullDateFormat);

    /// <summary><see cref="IsoDate"/> written without a string of its own; see <see cref="WriteFullDate"/>.</summary>
    public static void WriteIsoDate(TextWriter writer, DateOnly day) => Write(writer, day, IsoDateFormat);

    private static void Write(TextWriter writer, DateOnly day, string format)
    {
        Span<char> text = stackalloc char[40]; // "Wednesday, 30 September 2031" and any year up to 9999
        day.TryFormat(text, out var written, format, Invariant);
        writer.Write(text[..written]);
    }

    public static string MonthName(DateOnly day) => day.ToString("MMMM yyyy", Invariant);

    public static string WeekdayName(DateOnly day) => day.ToString("dddd", Invariant);

    public static string WeekdayShortName(DateOnly day) => day.ToString("ddd", Invariant);

    public static string MonthPath(DateOnly day) => day.ToString("'/calendar/'yyyy'/'MM'/'", Invariant);

    public static string WeekPath(DateOnly day) => $"/calendar/week/{IsoDate(day)}/";

    public static string DayPath(DateOnly day) => $"{DayPathStart}{IsoDate(day)}/";

    /// <summary><see cref="DayPath"/> written without a string of its own; see <see cref="WriteFullDate"/>.</summary>
    public static void WriteDayPath(TextWriter writer, DateOnly day)
    {
        writer.Write(DayPathStart);
        WriteIsoDate(writer, day);
        writer.Write('/');
    }

    private const string DayPathStart = "/calendar/day/";

    /// <summary>The hours a week shows as rows at the least: a working day, widened to every hour that holds a start.</summary>
    private const int FirstWorkingHour = 8;

    private const int LastWorkingHour = 17;

    /// <summary>
    /// The wall-clock hour whose row holds a timed entry: the hour it starts, or midnight when it
    /// continues from an earlier day (it is under way as the day begins).
    /// </summary>
    public static int HourOf(CalendarEntryDto entry) => entry.StartsThisDay ? entry.Start.Hour : 0;

    /// <summary>The week's hour rows, in order: 8am to 5pm, and any earlier or later hour an entry needs.</summary>
    public static IReadOnlyList<int> HourRows(CalendarDto week)
    {
        var hours = week.Days.SelectMany(d => d.Appointments).Where(e => !e.AllDay).Select(HourOf).ToList();
        var first = Math.Min(FirstWorkingHour, hours.DefaultIfEmpty(FirstWorkingHour).Min());
        var last = Math.Max(LastWorkingHour, hours.DefaultIfEmpty(LastWorkingHour).Max());
        return [.. Enumerable.Range(first, last - first + 1)];
    }

    /// <summary>An hour as a row's label: "12am", "9am", "2pm".</summary>
    public static string Hour(int hour) => new DateTime(2000, 1, 1, hour, 0, 0, DateTimeKind.Unspecified).ToString("htt", Invariant).ToLowerInvariant();
}
