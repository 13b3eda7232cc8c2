using Microsoft.EntityFrameworkCore;
using Sched.Domain.Appointments;
using Sched.Domain.Calendars;

namespace Sched.Application.Common.Interfaces;

/// <summary>
/// The persistence that use cases see. Handlers query and change it directly (no repository
/// layer, see docs/decisions/0002-handlers-use-the-db-context.md).
/// </summary>
public interface IApplicationDbContext
{
    DbSet<Appointment> Appointments { get; }

    DbSet<CalendarFeed> CalendarFeeds { get; }

    DbSet<PendingImport> PendingImports { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
