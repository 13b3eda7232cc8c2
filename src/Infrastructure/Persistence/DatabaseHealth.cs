// The database's part in the readiness probe: reachable, and with every migration applied.
using Sched.Infrastructure.Persistence;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the readiness check of the database (tagged <see cref="ReadyTag"/>).</summary>
public static class DatabaseHealth
{
    /// <summary>The tag of the checks that decide whether an instance may take traffic.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Ready only when the schema is the one this build expects: an instance started before the
    /// migrations ran (Sched:Database:MigrateOnStartup=false) would otherwise answer every page with
    /// a 500. An unreachable database fails the same check, since reading the migration history
    /// needs a connection.
    /// </summary>
    public static IServiceCollection AddDatabaseHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<ApplicationDbContext>(
            name: "database",
            tags: [ReadyTag],
            customTestQuery: async (db, cancellationToken) => !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any());
        return services;
    }
}
