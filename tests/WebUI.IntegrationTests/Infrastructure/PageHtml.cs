// Reads what a page shows: form errors, the values a form keeps, marked elements and the appointment list.
using System.Net;
using System.Text.RegularExpressions;

namespace Sched.WebUI.IntegrationTests.Infrastructure;

public static partial class PageHtml
{
    /// <summary>The messages in the form's summary of errors that belong to no single field (none when it has none).</summary>
    public static IReadOnlyList<string> ValidationSummary(string html)
    {
        var summary = ValidationSummaryBlock().Match(html);
        return summary.Success
            ? [.. ListItem().Matches(summary.Groups["summary"].Value).Select(m => Text(m.Groups["text"].Value))]
            : [];
    }

    /// <summary>The error shown beside one form field (a <c>field-validation-error</c> span for it), or null when there is none.</summary>
    public static string? FieldError(string html, string field) =>
        Span().Matches(html)
            .Where(m => m.Groups["attributes"].Value.Contains("field-validation-error", StringComparison.Ordinal)
                        && DataValmsgFor().Match(m.Groups["attributes"].Value).Groups["field"].Value == field)
            .Select(m => Text(m.Groups["text"].Value))
            .SingleOrDefault();

    /// <summary>The fields that show an error beside them.</summary>
    public static IReadOnlyList<string> FieldsWithErrors(string html) =>
        [.. Span().Matches(html)
            .Where(m => m.Groups["attributes"].Value.Contains("field-validation-error", StringComparison.Ordinal))
            .Select(m => DataValmsgFor().Match(m.Groups["attributes"].Value).Groups["field"].Value)];

    /// <summary>The value a form's input or textarea shows for the named field (decoded), or null when the page has no such field.</summary>
    public static string? FieldValue(string html, string field)
    {
        var input = Input().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == field);
        if (input is not null)
        {
            var value = ValueAttribute().Match(input.Value);
            return value.Success ? WebUtility.HtmlDecode(value.Groups["value"].Value) : string.Empty;
        }

        var textArea = TextArea().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == field);
        return textArea is null ? null : WebUtility.HtmlDecode(textArea.Groups["text"].Value).TrimStart('\r', '\n');
    }

    /// <summary>The option a select shows as chosen, or null when none is.</summary>
    public static string? SelectedOption(string html, string field)
    {
        var select = Select().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == field);
        var selected = select is null ? null : SelectedOptionValue().Match(select.Groups["options"].Value);
        return selected is { Success: true } ? WebUtility.HtmlDecode(selected.Groups["value"].Value) : null;
    }

    /// <summary>The inner HTML of every element marked <c>data-testid</c>, as sent (still encoded), blanks collapsed.</summary>
    public static IReadOnlyList<string> MarkedHtml(string html, string testId) =>
        [.. Marked().Matches(html).Where(m => m.Groups["id"].Value == testId).Select(m => Blanks().Replace(m.Groups["inner"].Value, " ").Trim())];

    /// <summary>The one element marked <c>data-testid</c> as text (decoded), blanks collapsed.</summary>
    public static string MarkedText(string html, string testId) => WebUtility.HtmlDecode(MarkedHtml(html, testId).Should().ContainSingle().Subject);

    /// <summary>The ids of the appointments the list page shows, in its order.</summary>
    public static IReadOnlyList<int> ListedAppointmentIds(string html) =>
        [.. ListEntry().Matches(html).Select(m => int.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static string Text(string html) => WebUtility.HtmlDecode(Blanks().Replace(html, " ").Trim());

    [GeneratedRegex("""<div[^>]*validation-summary-errors[^>]*>(?<summary>.*?)</div>""", RegexOptions.Singleline)]
    private static partial Regex ValidationSummaryBlock();

    [GeneratedRegex("<li>(?<text>.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ListItem();

    [GeneratedRegex("""<span(?<attributes>[^>]*)>(?<text>.*?)</span>""", RegexOptions.Singleline)]
    private static partial Regex Span();

    [GeneratedRegex(@"data-valmsg-for=""(?<field>[^""]*)""")]
    private static partial Regex DataValmsgFor();

    [GeneratedRegex(@"<input[^>]*\sname=""(?<name>[^""]*)""[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex(@"\svalue=""(?<value>[^""]*)""")]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("""<textarea[^>]*name="(?<name>[^"]*)"[^>]*>(?<text>.*?)</textarea>""", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("""<select[^>]*name="(?<name>[^"]*)"[^>]*>(?<options>.*?)</select>""", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("""<option[^>]*value="(?<value>[^"]*)"[^>]*\sselected[\s=>]""")]
    private static partial Regex SelectedOptionValue();

    [GeneratedRegex("""<(?<tag>\w+)[^>]*data-testid="(?<id>[^"]*)"[^>]*>(?<inner>.*?)</\k<tag>>""", RegexOptions.Singleline)]
    private static partial Regex Marked();

    [GeneratedRegex("""<a[^>]*class="list-group-item[^"]*"[^>]*href="/appointments/(?<id>\d+)/">""")]
    private static partial Regex ListEntry();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();
}
