namespace Sched.Infrastructure.Persistence;

/// <summary>
/// Schema work, for start-up (Sched:Database:MigrateOnStartup) and the create-tables and
/// drop-tables verbs: applies EF Core migrations, or deletes the whole database. Not a use case.
/// </summary>
public sealed class DatabaseInitialiser(ApplicationDbContext context)
{
    /// <summary>Applies every pending migration; safe to repeat.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken) => context.Database.MigrateAsync(cancellationToken);

    /// <summary>Deletes the database with all its data.</summary>
    public Task DropAsync(CancellationToken cancellationToken) => context.Database.EnsureDeletedAsync(cancellationToken);
}
