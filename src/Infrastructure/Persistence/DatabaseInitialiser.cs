using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Sched.Application.Common.Time;
using Sched.Domain.Appointments;

namespace Sched.Infrastructure.Persistence;

/// <summary>
/// Schema work, for start-up (Sched:Database:MigrateOnStartup) and the create-tables and
/// drop-tables verbs: applies EF Core migrations (and fills what a migration cannot compute in SQL),
/// or deletes the whole database. Not a use case.
/// </summary>
public sealed class DatabaseInitialiser(ApplicationDbContext context, DefaultTimeZone defaultZone)
{
    /// <summary>Applies every pending migration; safe to repeat.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // Left to MigrateAsync alone, a new PostgreSQL database logs two errors that are not errors (a
        // failed connection while it checks the database exists, a failed read of the history table
        // before it makes one: npgsql/efcore.pg#3407), which would teach operators to ignore "fail:"
        // lines. Making both first, each in a way that expects them to be missing, keeps the log true.
        var creator = context.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        await context.Database.ExecuteSqlRawAsync(context.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);
        await FillSearchTextAsync(cancellationToken);
        await PlaceOnCalendarDaysAsync(cancellationToken);
    }

    /// <summary>
    /// The AppointmentSearch migration adds the search column empty: its fold is .NET's
    /// (<see cref="AppointmentSearch"/>), which neither database's lower() reproduces for every letter,
    /// so rows stored before it are filled here, once, in batches. A row with text and an empty search
    /// column exists only before this has run (the entity keeps the column from then on), so finding
    /// none is the whole cost of later start-ups.
    /// </summary>
    private Task FillSearchTextAsync(CancellationToken cancellationToken) =>
        UpdateInBatchesAsync(
            afterId => context.Appointments.AsNoTracking()
                .Where(a => a.Id > afterId && a.SearchText == "" && (a.Title != null || a.Location != null || a.Description != null))
                .OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.Title, a.Location, a.Description }),
            row => row.Id,
            (row, token) =>
            {
                var searchText = AppointmentSearch.TextOf(row.Title, row.Location, row.Description);
                return context.Appointments.Where(a => a.Id == row.Id)
                    .ExecuteUpdateAsync(set => set.SetProperty(a => a.SearchText, searchText), token);
            },
            cancellationToken);

    /// <summary>
    /// The CalendarDays migration adds each appointment's days on its owner's calendar as
    /// <see cref="DateOnly.MinValue"/>: they depend on the owner's zone, which SQL cannot convert, so
    /// rows stored before it are placed here, once, in batches (no appointment falls on that day, so
    /// finding none is the whole cost of later start-ups). The same visit moves all-day rows stored
    /// before the AllDayDays migration, which SQL left anchored at UTC midnight, to where their days
    /// begin in the owner's zone, so the list orders them on the owner's wall clock. Both come from
    /// <see cref="Appointment.MoveToZone"/> on the untracked row, the rule every saved row follows,
    /// written with ExecuteUpdate so that placing a row is no edit (Modified and Sequence stay).
    /// </summary>
    private Task PlaceOnCalendarDaysAsync(CancellationToken cancellationToken) =>
        UpdateInBatchesAsync(
            afterId => context.Appointments.AsNoTracking()
                .Where(a => a.Id > afterId && a.CalendarFirstDay == DateOnly.MinValue)
                .OrderBy(a => a.Id)
                .Join(context.Users, a => a.OwnerId, u => u.Id, (a, u) => new { Appointment = a, u.TimeZoneId }),
            row => row.Appointment.Id,
            (row, token) =>
            {
                var placed = row.Appointment;
                placed.MoveToZone(defaultZone.For(row.TimeZoneId));
                return context.Appointments.Where(a => a.Id == placed.Id)
                    .ExecuteUpdateAsync(
                        set => set.SetProperty(a => a.Start, placed.Start)
                            .SetProperty(a => a.End, placed.End)
                            .SetProperty(a => a.CalendarFirstDay, placed.CalendarFirstDay)
                            .SetProperty(a => a.CalendarLastDay, placed.CalendarLastDay)
                            .SetProperty(a => a.SpansDays, placed.SpansDays),
                        token);
            },
            cancellationToken);

    /// <summary>Reads the rows after each batch's last id, 500 at a time, and updates each batch in one transaction.</summary>
    private async Task UpdateInBatchesAsync<TRow>(
        Func<int, IQueryable<TRow>> rowsAfter, Func<TRow, int> idOf, Func<TRow, CancellationToken, Task<int>> update, CancellationToken cancellationToken)
    {
        const int batchSize = 500;
        var afterId = 0;
        while (true)
        {
            var batch = await rowsAfter(afterId).Take(batchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            await context.WriteAsync(
                async token =>
                {
                    await using var transaction = await context.Database.BeginTransactionAsync(token);
                    foreach (var row in batch)
                    {
                        await update(row, token);
                    }

                    await transaction.CommitAsync(token);
                    return batch.Count;
                },
                cancellationToken);
            afterId = idOf(batch[^1]);
        }
    }

    /// <summary>Deletes the database with all its data.</summary>
    public Task DropAsync(CancellationToken cancellationToken) => context.Database.EnsureDeletedAsync(cancellationToken);
}
