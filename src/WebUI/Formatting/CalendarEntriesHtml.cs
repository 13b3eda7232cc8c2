using System.Globalization;
using Microsoft.AspNetCore.Html;
using Sched.Application.Appointments.Queries.GetCalendar;

namespace Sched.WebUI.Formatting;

/// <summary>
/// One day's appointments as links, all-day first, then "+N more" linking to the day when it lists only
/// some (a month's day). Written here rather than as a partial view, as <see cref="AppointmentCardHtml"/>
/// is: a month draws it 42 times a page and a week once per hour and day. Text is encoded.
/// </summary>
public static class CalendarEntriesHtml
{
    public static IHtmlContent Render(CalendarDayDto day)
    {
        var html = new HtmlContentBuilder((day.Appointments.Count * 5) + 8);
        if (day.Appointments.Count > 0)
        {
            html.AppendHtml("<ul class=\"list-unstyled calendar-entries mb-0\">");
            foreach (var entry in day.Appointments)
            {
                html.AppendHtml(entry.AllDay ? "<li><a class=\"calendar-entry calendar-entry-all-day\" href=\"/appointments/" : "<li><a class=\"calendar-entry\" href=\"/appointments/")
                    .AppendHtml(entry.Id.ToString(CultureInfo.InvariantCulture))
                    .AppendHtml("/\" data-testid=\"entry\">")
                    .Append(CalendarFormat.EntryText(entry))
                    .AppendHtml("</a></li>");
            }

            html.AppendHtml("</ul>");
        }

        if (day.More > 0)
        {
            var more = day.More.ToString(CultureInfo.InvariantCulture);
            html.AppendHtml("<a class=\"calendar-more small\" href=\"").Append(CalendarFormat.DayPath(day.Date))
                .AppendHtml("\" aria-label=\"").Append($"{more} more on {CalendarFormat.FullDate(day.Date)}")
                .AppendHtml("\">+").Append($"{more} more").AppendHtml("</a>");
        }

        return html;
    }
}
