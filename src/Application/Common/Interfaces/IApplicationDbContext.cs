using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Common;
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
    /// A month grid's appointments of one owner, from <paramref name="firstDay"/> to <paramref name="lastDay"/>
    /// of the owner's calendar, in one statement that each database writes its own way: how many show on
    /// a single day (<see cref="Appointment.SpansDays"/> false) on each day, the first <paramref name="perDay"/>
    /// of those of each day in the order a day lists them (all-day, then by start, then by id), and up to
    /// <paramref name="maxSpanning"/> of those that span days, by their last day. A limit per day: LINQ
    /// would rank every row of the range.
    /// </summary>
    Task<CalendarMonth> ReadMonthAsync(string ownerId, DateOnly firstDay, DateOnly lastDay, int perDay, int maxSpanning, CancellationToken cancellationToken);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
