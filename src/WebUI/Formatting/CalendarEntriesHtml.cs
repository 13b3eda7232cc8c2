using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Sched.Application.Appointments.Queries.GetCalendar;

namespace Sched.WebUI.Formatting;

/// <summary>
/// One day's appointments as links, all-day first, then "+N more" linking to the day when it lists only
/// some (a month's day); and a month's day cell around them. Written here rather than as partial views,
/// as <see cref="AppointmentCardHtml"/> is: a month draws 42 days a page and a week one list per hour and
/// day. They write straight to the page's writer when the page is sent, so a month's two hundred entries
/// and dates build no strings or buffers of their own. Text is encoded.
/// </summary>
public static class CalendarEntriesHtml
{
    public static IHtmlContent Render(CalendarDayDto day) => new DayEntries(day);

    /// <summary>
    /// A month grid's cell: the day's number linking to the day (labelled with its full date, marked
    /// <c>aria-current="date"</c> when it is today), then its entries. Days of the months either side are dimmed.
    /// </summary>
    public static IHtmlContent RenderMonthDay(CalendarDayDto day, DateOnly today) => new MonthDay(day, day.Date == today);

    private sealed class MonthDay(CalendarDayDto day, bool isToday) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            writer.Write("<td class=\"calendar-day");
            writer.Write(day.InFocus ? "" : " calendar-outside");
            writer.Write(isToday ? " calendar-today\" data-date=\"" : "\" data-date=\"");
            CalendarFormat.WriteIsoDate(writer, day.Date);
            writer.Write("\"><a class=\"calendar-date\" href=\"");
            CalendarFormat.WriteDayPath(writer, day.Date);
            writer.Write("\" aria-label=\"");
            CalendarFormat.WriteFullDate(writer, day.Date);
            writer.Write(isToday ? "\" aria-current=\"date\"><time datetime=\"" : "\"><time datetime=\"");
            CalendarFormat.WriteIsoDate(writer, day.Date);
            writer.Write("\">");
            WriteNumber(writer, day.Date.Day);
            writer.Write("</time></a>");
            DayEntries.Write(writer, encoder, day);
            writer.Write("</td>");
        }
    }

    private sealed class DayEntries(CalendarDayDto day) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder) => Write(writer, encoder, day);

        public static void Write(TextWriter writer, HtmlEncoder encoder, CalendarDayDto day)
        {
            if (day.Appointments.Count > 0)
            {
                writer.Write("<ul class=\"list-unstyled calendar-entries mb-0\">");
                foreach (var entry in day.Appointments)
                {
                    writer.Write(entry.AllDay ? "<li><a class=\"calendar-entry calendar-entry-all-day\" href=\"/appointments/" : "<li><a class=\"calendar-entry\" href=\"/appointments/");
                    WriteNumber(writer, entry.Id);
                    writer.Write("/\" data-testid=\"entry\">");

                    // "9:30am Dentist" on the day a timed appointment starts; the title alone when all-day or
                    // continuing from an earlier day; "(untitled)" for no title, as the list writes it.
                    if (!entry.AllDay && entry.StartsThisDay)
                    {
                        AppointmentFormat.WriteTime(writer, entry.Start);
                        writer.Write(' ');
                    }

                    encoder.Encode(writer, string.IsNullOrEmpty(entry.Title) ? "(untitled)" : entry.Title);
                    writer.Write("</a></li>");
                }

                writer.Write("</ul>");
            }

            if (day.More > 0)
            {
                writer.Write("<a class=\"calendar-more small\" href=\"");
                CalendarFormat.WriteDayPath(writer, day.Date);
                writer.Write("\" aria-label=\"");
                WriteNumber(writer, day.More);
                writer.Write(" more on ");
                CalendarFormat.WriteFullDate(writer, day.Date);
                writer.Write("\">+");
                WriteNumber(writer, day.More);
                writer.Write(" more</a>");
            }
        }
    }

    private static void WriteNumber(TextWriter writer, int number)
    {
        Span<char> digits = stackalloc char[11];
        number.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
        writer.Write(digits[..written]);
    }
}
