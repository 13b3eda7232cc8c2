using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sched.Infrastructure.Persistence;

/// <summary>
/// Schema work, for start-up (Sched:Database:MigrateOnStartup) and the create-tables and
/// drop-tables verbs: applies EF Core migrations, or deletes the whole database. Not a use case.
/// </summary>
public sealed class DatabaseInitialiser(ApplicationDbContext context)
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
    }

    /// <summary>Deletes the database with all its data.</summary>
    public Task DropAsync(CancellationToken cancellationToken) => context.Database.EnsureDeletedAsync(cancellationToken);
}
