using Microsoft.Extensions.Configuration;

namespace Sched.Infrastructure.Persistence;

/// <summary>Which database Sched keeps its data in: <c>Sched:Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>One SQLite file beside the app: the default, needs no set-up, serves one instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server that several instances of the app share.</summary>
    PostgreSQL,
}

/// <summary>Reads <see cref="DatabaseProvider"/> from configuration.</summary>
public static class DatabaseProviderSetting
{
    public const string ConfigurationKey = "Sched:Database:Provider";

    /// <summary>The configured provider, <see cref="DatabaseProvider.Sqlite"/> when unset; any other word stops start-up.</summary>
    public static DatabaseProvider From(IConfiguration configuration)
    {
        var value = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        // By name only: Enum.TryParse would also take "1" for PostgreSQL.
        var name = Enum.GetNames<DatabaseProvider>().FirstOrDefault(n => n.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null
            ? Enum.Parse<DatabaseProvider>(name)
            : throw new InvalidOperationException(
                $"{ConfigurationKey} is '{value}'; it must be {DatabaseProvider.Sqlite} or {DatabaseProvider.PostgreSQL}.");
    }
}
