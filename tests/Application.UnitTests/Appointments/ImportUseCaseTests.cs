// What the import use case tests share: a calendar file made from lines, and its preview and confirm.
using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Commands.ConfirmImport;
using Sched.Application.Appointments.Commands.PreviewImport;

namespace Sched.Application.UnitTests.Appointments;

public abstract class ImportUseCaseTests : AppointmentUseCaseTests
{
    /// <summary>A VCALENDAR around the lines (CRLF, or LF when <paramref name="lineEnd"/> says), as UTF-8.</summary>
    protected static byte[] Calendar(IEnumerable<string> lines, string lineEnd = "\r\n") =>
        System.Text.Encoding.UTF8.GetBytes(string.Join(lineEnd, ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Test//EN", .. lines, "END:VCALENDAR", string.Empty]));

    /// <summary>One VEVENT's lines.</summary>
    protected static string[] Event(params string[] properties) => ["BEGIN:VEVENT", .. properties, "END:VEVENT"];

    protected Task<ImportPreview> PreviewAsync(byte[] file) => Host.SendAsync(new PreviewImportCommand(file));

    protected async Task<ImportOutcome> ImportAsync(byte[] file)
    {
        var preview = await PreviewAsync(file);
        return await Host.SendAsync(new ConfirmImportCommand(preview.PendingImportId!.Value));
    }

    protected Task<int> PendingImportsAsync() =>
        Host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().PendingImports.CountAsync());
}
