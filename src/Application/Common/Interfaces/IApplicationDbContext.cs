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

    /// <summary>
    /// Of one owner's appointments that show on a single day (<see cref="Appointment.SpansDays"/> false),
    /// the first <paramref name="perDay"/> of each day from <paramref name="firstDay"/> to
    /// <paramref name="lastDay"/>, first in the order a day lists them (all-day, then by start, then by id).
    /// A limit per day, which each database writes its own way: LINQ would rank every row of the range.
    /// </summary>
    IQueryable<Appointment> FirstOfEachDay(string ownerId, DateOnly firstDay, DateOnly lastDay, int perDay);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
