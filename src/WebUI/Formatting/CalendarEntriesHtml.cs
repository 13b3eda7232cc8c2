using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Sched.Application.Appointments.Queries.GetCalendar;

namespace Sched.WebUI.Formatting;

/// <summary>
/// One day's appointments as links, all-day first, then "+N more" linking to the day when it lists only
/// some (a month's day). Written here rather than as a partial view, as <see cref="AppointmentCardHtml"/>
/// is: a month draws it 42 times a page and a week once per hour and day. It writes straight to the
/// page's writer when the page is sent, so a month's two hundred entries build no strings or buffers of
/// their own. Text is encoded.
/// </summary>
public static class CalendarEntriesHtml
{
    public static IHtmlContent Render(CalendarDayDto day) => new DayEntries(day);

    private sealed class DayEntries(CalendarDayDto day) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
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
                        writer.Write(AppointmentFormat.Time(entry.Start));
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
                encoder.Encode(writer, CalendarFormat.DayPath(day.Date));
                writer.Write("\" aria-label=\"");
                WriteNumber(writer, day.More);
                writer.Write(" more on ");
                encoder.Encode(writer, CalendarFormat.FullDate(day.Date));
                writer.Write("\">+");
                WriteNumber(writer, day.More);
                writer.Write(" more</a>");
            }
        }

        private static void WriteNumber(TextWriter writer, int number)
        {
            Span<char> digits = stackalloc char[11];
            number.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
            writer.Write(digits[..written]);
        }
    }
}
