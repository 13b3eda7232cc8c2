// The second step of an import: store what the preview showed, in one save.
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Common;
using Sched.Domain.Appointments;
using Sched.Domain.Calendars;

namespace Sched.Application.Appointments.Commands.ConfirmImport;

/// <summary>
/// Stores the current user's pending import: a UID they already have updates that appointment (a new
/// revision when anything differs), any other is added. All of it, and the pending import's removal,
/// is one SaveChanges: one transaction. Another user's, an expired or an already confirmed pending
/// import is a validation error, exactly alike.
/// </summary>
[Authorize]
public sealed record ConfirmImportCommand(Guid PendingImportId) : IRequest<ImportOutcome>;

/// <summary>How many appointments the import added, and how many it found already there (by UID) and updated.</summary>
public sealed record ImportOutcome(int Added, int AlreadyThere)
{
    public int Imported => Added + AlreadyThere;
}

public sealed class ConfirmImportCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ConfirmImportCommand, ImportOutcome>
{
    public const string Gone = "This preview has expired or was already imported. Choose the file again.";

    /// <summary>UIDs looked up per query: well under SQLite's and PostgreSQL's limits on parameters.</summary>
    private const int UidsPerQuery = 500;

    public async Task<ImportOutcome> Handle(ConfirmImportCommand request, CancellationToken cancellationToken)
    {
        var ownerId = currentUser.RequiredUserId();
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await db.PendingImports
            .SingleOrDefaultAsync(p => p.Id == request.PendingImportId && p.OwnerId == ownerId && p.Expires > now, cancellationToken)
            ?? throw new ValidationException(string.Empty, Gone);

        var appointments = JsonSerializer.Deserialize<List<ImportedAppointment>>(pending.Events) ?? [];
        var existing = await ExistingAsync(ownerId, appointments.Select(a => a.Event.Uid), cancellationToken);
        var zone = currentUser.TimeZone;
        foreach (var imported in appointments)
        {
            // The Domain checks every rule again: the pending import is Sched's own reading, not trusted as is.
            var (when, e) = (imported.PeriodIn(zone), imported.Event);
            if (existing.TryGetValue(e.Uid, out var appointment))
            {
                appointment.Revise(e.Title, when, e.Location, e.Description, zone);
            }
            else
            {
                db.Appointments.Add(Appointment.Imported(ownerId, e.Uid, e.Title, when, e.Location, e.Description, zone));
            }
        }

        db.PendingImports.Remove(pending);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportOutcome(appointments.Count - existing.Count, existing.Count);
    }

    /// <summary>The owner's appointments with these UIDs, tracked to be revised, a few hundred UIDs a query through the (Uid, OwnerId) index.</summary>
    private async Task<Dictionary<string, Appointment>> ExistingAsync(string ownerId, IEnumerable<string> uids, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<string, Appointment>(StringComparer.Ordinal);
        foreach (var chunk in uids.Chunk(UidsPerQuery))
        {
            var found = await db.Appointments.Where(a => a.OwnerId == ownerId && chunk.Contains(a.Uid)).ToListAsync(cancellationToken);
            foreach (var appointment in found)
            {
                existing[appointment.Uid] = appointment;
            }
        }

        return existing;
    }
}
