namespace Sched.Infrastructure.Persistence;

/// <summary>Creates tables by applying EF Core migrations, and drops the whole database.</summary>
public sealed class DatabaseSchema(ApplicationDbContext context) : IDatabaseSchema
{
    public Task CreateAsync(CancellationToken cancellationToken) => context.Database.MigrateAsync(cancellationToken);

    public Task DropAsync(CancellationToken cancellationToken) => context.Database.EnsureDeletedAsync(cancellationToken);
}
