using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Sched.Application.Appointments.Common;

namespace Sched.WebUI.Formatting;

/// <summary>
/// How every view writes times and text (the 2013 app's template filters):
/// "2013-05-01 - Wednesday at 3:30pm", "2013-05-01 - Wednesday", "2 days, 23 hours, 52 minutes,
/// 12 seconds", and line breaks kept in otherwise encoded text.
/// </summary>
public static class AppointmentFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd - dddd", Invariant);

    /// <summary>The wall-clock time the value shows (it carries the reader's offset).</summary>
    public static string DateTime(DateTimeOffset value) =>
        $"{Date(DateOnly.FromDateTime(value.DateTime))} at {Time(value)}";

    /// <summary>The wall-clock time alone, e.g. "9:30am": the list's time, in the calendar's cells.</summary>
    public static string Time(DateTimeOffset value)
    {
        Span<char> text = stackalloc char[TimeLength];
        return new string(FormatTime(value, text));
    }

    /// <summary><see cref="Time"/> written without a string of its own: a month writes two hundred.</summary>
    public static void WriteTime(TextWriter writer, DateTimeOffset value)
    {
        Span<char> text = stackalloc char[TimeLength];
        writer.Write(FormatTime(value, text));
    }

    /// <summary>The longest time: "12:59pm".</summary>
    private const int TimeLength = 7;

    private static Span<char> FormatTime(DateTimeOffset value, Span<char> text)
    {
        value.TryFormat(text, out var written, "h:mmtt", Invariant);
        text = text[..written];
        text[^2] = char.ToLowerInvariant(text[^2]);
        text[^1] = char.ToLowerInvariant(text[^1]);
        return text;
    }

    /// <summary>"2013-05-01 - Wednesday", or "… to …" when the days differ.</summary>
    public static string Days(DateOnly firstDay, DateOnly lastDay) =>
        firstDay == lastDay ? Date(firstDay) : $"{Date(firstDay)} to {Date(lastDay)}";

    /// <summary>When an appointment happens, as a list shows it: its days when all-day, else its start.</summary>
    public static string Start(bool allDay, IShownTimes times) =>
        allDay ? Days(times.FirstDay, times.LastDay) : DateTime(times.Start);

    /// <summary>When an appointment happens, as its page says it: its days when all-day, else start and duration.</summary>
    public static string When(bool allDay, IShownTimes times, TimeSpan duration) =>
        allDay ? Days(times.FirstDay, times.LastDay) : $"{DateTime(times.Start)} for {Duration(duration)}";

    /// <summary>Whole days, hours, minutes and seconds; zero parts left out; singular for 1.</summary>
    public static string Duration(TimeSpan value)
    {
        (int Amount, string Unit)[] parts =
        [
            ((int)value.TotalDays, "day"),
            (value.Hours, "hour"),
            (value.Minutes, "minute"),
            (value.Seconds, "second"),
        ];
        var spoken = parts.Where(p => p.Amount != 0).Select(p => $"{p.Amount} {p.Unit}{(p.Amount == 1 ? "" : "s")}").ToList();
        return spoken.Count == 0 ? "0 seconds" : string.Join(", ", spoken);
    }

    /// <summary>Text with every character HTML-encoded and each line break turned into &lt;br&gt;.</summary>
    public static IHtmlContent LineBreaks(string? text)
    {
        var lines = (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n');
        return new HtmlString(string.Join("<br>", lines.Select(HtmlEncoder.Default.Encode)));
    }
}
