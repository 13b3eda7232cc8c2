using Sched.Application.Appointments.Commands.ConfirmImport;
using Sched.Application.Appointments.Commands.PreviewImport;

namespace Sched.WebUI.Models;

/// <summary>
/// The import form: a calendar file to preview, or (from the preview's confirm button) the pending
/// import to store. Errors about the file show beside <see cref="File"/>, others above the form.
/// </summary>
public sealed class ImportForm : IFormModel
{
    /// <summary>What the file input accepts: iCalendar files by extension and by media type.</summary>
    public const string Accept = ".ics,text/calendar";

    public IFormFile? File { get; set; }

    public Guid PendingImportId { get; set; }

    /// <summary>The uploaded file's bytes (the request body limit has bounded them); null when none was chosen.</summary>
    public async Task<PreviewImportCommand> ToPreviewCommandAsync(CancellationToken cancellationToken)
    {
        if (File is null)
        {
            return new PreviewImportCommand(null);
        }

        using var content = new MemoryStream((int)File.Length);
        await File.CopyToAsync(content, cancellationToken);
        return new PreviewImportCommand(content.ToArray());
    }

    public ConfirmImportCommand ToConfirmCommand() => new(PendingImportId);
}
