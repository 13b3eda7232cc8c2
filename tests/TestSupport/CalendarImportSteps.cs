// The import pages as a browser uses them: choose a file on /appointments/import/, read the preview, confirm it.
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Sched.TestSupport;

public static partial class CalendarImportSteps
{
    public const string ImportPath = "/appointments/import/";

    public const string ConfirmPath = "/appointments/import/confirm/";

    /// <summary>Opens the import form and posts the file as its file input would (multipart, with the form's token).</summary>
    public static async Task<HttpResponseMessage> UploadCalendarAsync(this HttpClient client, byte[] file, string fileName = "calendar.ics")
    {
        var token = await client.GetAntiforgeryTokenAsync(ImportPath);
        return await client.PostAsync(ImportPath, ImportForm(file, fileName, token));
    }

    /// <summary>The import form's body: the file part and the antiforgery token (none when null).</summary>
    public static MultipartFormDataContent ImportForm(byte[] file, string fileName, string? antiforgeryToken)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/calendar");
        content.Add(part, "File", fileName);
        if (antiforgeryToken is not null)
        {
            content.Add(new StringContent(antiforgeryToken), "__RequestVerificationToken");
        }

        return content;
    }

    /// <summary>Uploads the file, checks that a preview with a confirm button came back, and returns its HTML.</summary>
    public static async Task<string> PreviewCalendarAsync(this HttpClient client, byte[] file)
    {
        using var preview = await client.UploadCalendarAsync(file);
        var html = await preview.Content.ReadAsStringAsync();
        preview.StatusCode.Should().Be(HttpStatusCode.OK, html);
        PendingImportId(html).Should().NotBeNull("the preview should offer to import");
        return html;
    }

    /// <summary>Presses the preview's confirm button.</summary>
    public static Task<HttpResponseMessage> ConfirmImportAsync(this HttpClient client, string previewHtml) =>
        client.PostFormAsync(
            ConfirmPath, [new("PendingImportId", PendingImportId(previewHtml) ?? string.Empty)], BrowserClient.AntiforgeryToken(previewHtml));

    /// <summary>Uploads, confirms, and checks the redirect to the list; the flash message is on the next page.</summary>
    public static async Task ImportCalendarAsync(this HttpClient client, byte[] file)
    {
        using var confirm = await client.ConfirmImportAsync(await client.PreviewCalendarAsync(file));
        confirm.StatusCode.Should().Be(HttpStatusCode.Redirect);
        confirm.Headers.Location!.OriginalString.Should().Be("/appointments/");
    }

    /// <summary>The pending import the preview's confirm form posts, or null when it has none.</summary>
    public static string? PendingImportId(string previewHtml) =>
        PendingImportInput().Match(previewHtml) is { Success: true } match ? match.Groups["id"].Value : null;

    [GeneratedRegex("""<input type="hidden" name="PendingImportId" value="(?<id>[^"]+)" />""")]
    private static partial Regex PendingImportInput();
}
