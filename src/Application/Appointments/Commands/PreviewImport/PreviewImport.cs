// The first step of an import: read a calendar file and show what confirming it would store.
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Common;
using Sched.Domain.Calendars;

namespace Sched.Application.Appointments.Commands.PreviewImport;

/// <summary>
/// Reads an uploaded .ics file and keeps what can be imported as the user's pending import (replacing
/// an earlier one); nothing becomes an appointment until <c>ConfirmImportCommand</c>. A file that is
/// no readable calendar is a validation error on <see cref="File"/>.
/// </summary>
[Authorize]
public sealed record PreviewImportCommand(byte[]? File) : IRequest<ImportPreview>;

/// <summary>What the preview shows: how many appointments, the first few, and what is skipped and why.</summary>
public sealed record ImportPreview(
    Guid? PendingImportId, int Count, IReadOnlyList<ImportPreviewItem> First, IReadOnlyList<SkippedCalendarEntry> Skipped)
{
    /// <summary>How many appointments the preview lists.</summary>
    public const int Shown = 20;

    /// <summary>How many skipped entries the preview lists (a file of to-dos could hold thousands).</summary>
    public const int SkippedShown = 100;
}

/// <summary>One appointment of the preview, as the list shows one, and what was changed to import it.</summary>
public sealed record ImportPreviewItem(AppointmentSummaryDto Appointment, IReadOnlyList<string> Notes)
{
    public static ImportPreviewItem From(ImportedAppointment imported, TimeZoneInfo zone)
    {
        var e = imported.Event;
        var stored = new StoredAppointment
        {
            Title = e.Title, Location = e.Location, Start = e.Start, End = e.End, AllDay = e.FirstDay is not null, FirstDay = e.FirstDay, LastDay = e.LastDay,
        };
        return new ImportPreviewItem(AppointmentSummaryDto.From(stored, zone), imported.Notes);
    }
}

public sealed class PreviewImportCommandHandler(
    IApplicationDbContext db, ICurrentUser currentUser, ICalendarFileReader reader, TimeProvider clock)
    : IRequestHandler<PreviewImportCommand, ImportPreview>
{
    public async Task<ImportPreview> Handle(PreviewImportCommand request, CancellationToken cancellationToken)
    {
        var ownerId = currentUser.RequiredUserId();
        var reading = reader.Read(request.File, currentUser.TimeZone);
        if (reading.Problem is { } problem)
        {
            throw new ValidationException(nameof(PreviewImportCommand.File), problem);
        }

        if (reading.Entries.Count == 0)
        {
            throw new ValidationException(nameof(PreviewImportCommand.File), "The file holds no events.");
        }

        var (appointments, skipped) = CalendarImport.Plan(reading.Entries);
        var now = clock.GetUtcNow().UtcDateTime;

        // One preview waits per user: an earlier one of theirs goes, and so do anyone's that expired.
        var stale = await db.PendingImports.Where(p => p.OwnerId == ownerId || p.Expires <= now).ToListAsync(cancellationToken);
        db.PendingImports.RemoveRange(stale);
        PendingImport? pending = null;
        if (appointments.Count > 0)
        {
            pending = new PendingImport(
                ownerId, appointments.Count, JsonSerializer.Serialize(appointments), now, now + CalendarImportSettings.PreviewLifetime);
            db.PendingImports.Add(pending);
        }

        await db.SaveChangesAsync(cancellationToken);
        var first = appointments.Take(ImportPreview.Shown).Select(a => ImportPreviewItem.From(a, currentUser.TimeZone)).ToList();
        return new ImportPreview(pending?.Id, appointments.Count, first, skipped);
    }
}

public sealed class PreviewImportCommandValidator : AbstractValidator<PreviewImportCommand>
{
    public PreviewImportCommandValidator(CalendarImportSettings settings)
    {
        RuleFor(c => c.File).NotEmpty().WithMessage("Choose an .ics file to import.");
        RuleFor(c => c.File!.LongLength)
            .LessThanOrEqualTo(settings.MaxImportBytes)
            .WithMessage(settings.TooLarge)
            .OverridePropertyName(nameof(PreviewImportCommand.File))
            .When(c => c.File is not null);
    }
}
