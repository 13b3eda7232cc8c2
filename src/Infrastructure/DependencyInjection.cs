using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Sched.Infrastructure.Identity;
using Sched.Infrastructure.Persistence;
using Sched.Infrastructure.Persistence.Interceptors;
using Sched.Infrastructure.Sessions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Infrastructure: the SQLite database, Identity, and Application's interfaces.</summary>
public static class InfrastructureDependencyInjection
{
    public const string ConnectionStringName = "Sched";
    public const string DefaultConnectionString = "Data Source=sched.db";
    public const string MigrateOnStartupKey = "Sched:Database:MigrateOnStartup";

    public static IServiceCollection AddInfrastructureServices(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = ResolveConnectionString(
            configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString, environment.ContentRootPath);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AuditableEntityInterceptor>();

        // Contexts come from a pool: options are built once, and a request rents a context instead of
        // building one with its services (docs/decisions/0014-pooled-contexts-and-one-sqlite-writer.md).
        services.AddPooledDbContextFactory<ApplicationDbContext>((sp, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(sp.GetRequiredService<AuditableEntityInterceptor>()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ApplicationDbContext>>().CreateDbContext());
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ApplicationDbContext>());
        services.AddScoped<DatabaseInitialiser>();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = true; // asks ActiveUserConfirmation: only active users
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Sched:Lockout:MaxFailedAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = configuration.GetValue("Sched:Lockout:Duration", TimeSpan.FromMinutes(5));
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<ApplicationDbContext>()
            .AddUserConfirmation<ActiveUserConfirmation>()
            .AddClaimsPrincipalFactory<TimeZoneClaimsPrincipalFactory>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddScoped<IAccountService, AccountService>();
        services.AddServerSideSessions(configuration);

        // Keys that protect cookies and antiforgery tokens survive restarts, so a restart signs nobody out.
        services.AddDataProtection()
            .SetApplicationName("Sched")
            .PersistKeysToFileSystem(new DirectoryInfo(KeysFolder(configuration, connectionString)));
        return services;
    }

    /// <summary>Whether start-up (and each command-line verb) applies pending migrations: <c>Sched:Database:MigrateOnStartup</c>, default true.</summary>
    public static bool MigratesOnStartup(IConfiguration configuration) => configuration.GetValue(MigrateOnStartupKey, true);

    /// <summary>Applies every pending migration in a scope of its own; safe to repeat.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().MigrateAsync(cancellationToken);
    }

    /// <summary>Sched:DataProtection:KeysPath, else a "keys" folder beside the database file.</summary>
    private static string KeysFolder(IConfiguration configuration, string connectionString)
    {
        var configured = configuration["Sched:DataProtection:KeysPath"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return Path.IsPathRooted(dataSource)
            ? Path.Combine(Path.GetDirectoryName(dataSource)!, "keys")
            : Path.Combine(Path.GetTempPath(), "sched-keys");
    }

    /// <summary>A relative SQLite file is placed in the app's content root, not the shell's working folder.</summary>
    public static string ResolveConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        return builder.ToString();
    }
}
