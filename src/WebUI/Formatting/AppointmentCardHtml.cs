using Microsoft.AspNetCore.Html;
using Sched.WebUI.Models;

namespace Sched.WebUI.Formatting;

/// <summary>
/// One appointment's title, time and place: each entry of the list and the head of the delete page.
/// Written here rather than as a partial view because the list draws it twenty times a page, and a
/// partial costs a view lookup, activation and a buffer each time (docs/benchmarks.md). Text is encoded.
/// </summary>
public static class AppointmentCardHtml
{
    public static IHtmlContent Render(AppointmentCard card)
    {
        var html = new HtmlContentBuilder(9)
            .AppendHtml("<div class=\"fw-semibold\" data-testid=\"title\">").Append(card.Title ?? "(untitled)").AppendHtml("</div>")
            .AppendHtml("<div class=\"small\">").Append(AppointmentFormat.Start(card.AllDay, card.Times)).AppendHtml("</div>");
        return string.IsNullOrEmpty(card.Location)
            ? html
            : html.AppendHtml("<div class=\"small text-muted\">").Append(card.Location).AppendHtml("</div>");
    }
}
