using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Sched.Infrastructure.Calendars;
using Sched.Application.Users.Common;
using Sched.Infrastructure.Identity;
using Sched.Infrastructure.Mail;
using Sched.Infrastructure.Persistence;
using Sched.Infrastructure.Persistence.Interceptors;
using Sched.Infrastructure.Sessions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Infrastructure: the database (SQLite or PostgreSQL), Identity, sessions, outgoing mail, and Application's interfaces.</summary>
public static class InfrastructureDependencyInjection
{
    public const string ConnectionStringName = "Sched";
    public const string DefaultConnectionString = "Data Source=sched.db";
    public const string MigrateOnStartupKey = "Sched:Database:MigrateOnStartup";

    public static IServiceCollection AddInfrastructureServices(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = DatabaseProviderSetting.From(configuration);
        var configuredConnection = configuration.GetConnectionString(ConnectionStringName);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AuditableEntityInterceptor>();

        // Contexts come from a pool: options are built once, and a request rents a context instead of
        // building one with its services (docs/decisions/0014-pooled-contexts-and-one-sqlite-writer.md).
        // Each provider has a context type of its own, for its migrations (0017-one-context-per-provider.md).
        var dataProtection = services.AddDataProtection().SetApplicationName("Sched");
        if (provider == DatabaseProvider.PostgreSQL)
        {
            var connectionString = RequirePostgreSqlConnectionString(configuredConnection);
            services.AddContexts<PostgreSqlDbContext>((sp, options) => options
                .UseNpgsql(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditableEntityInterceptor>()));

            // Every instance reads the same keys, so a cookie or form token issued by one is valid on all.
            dataProtection.PersistKeysToDbContext<PostgreSqlDbContext>();
            services.AddOutgoingMail(configuration, Path.Combine(environment.ContentRootPath, "mail"));
        }
        else
        {
            var connectionString = ResolveConnectionString(configuredConnection ?? DefaultConnectionString, environment.ContentRootPath);
            services.AddContexts<SqliteDbContext>((sp, options) => options
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditableEntityInterceptor>()));

            // Keys that protect cookies and antiforgery tokens survive restarts, so a restart signs nobody out.
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(KeysFolder(configuration, connectionString)));
            services.AddOutgoingMail(configuration, BesideDatabase(connectionString, "mail"));
        }

        ProtectKeysAtRest(dataProtection, configuration);
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
                options.Tokens.PasswordResetTokenProvider = LinkTokenProvider.Name;
                options.Tokens.EmailConfirmationTokenProvider = LinkTokenProvider.Name;
                options.Tokens.ChangeEmailTokenProvider = LinkTokenProvider.Name;
            })
            .AddTokenProvider<LinkTokenProvider>(LinkTokenProvider.Name)
            .AddSignInManager()
            .AddEntityFrameworkStores<ApplicationDbContext>()
            .AddUserConfirmation<ActiveUserConfirmation>()
            .AddClaimsPrincipalFactory<TimeZoneClaimsPrincipalFactory>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddScoped<IAccountService, AccountService>();
        services.AddSingleton<ICalendarFileWriter, IcalNetCalendarFileWriter>();
        services.AddSingleton<ICalendarFileReader, IcalNetCalendarFileReader>();
        services.AddSingleton(PasswordResetSettings.Checked(
            configuration.GetValue(PasswordResetSettings.LinkLifetimeKey, PasswordResetSettings.DefaultLinkLifetime),
            configuration.GetValue(PasswordResetSettings.MailsPerAddressKey, PasswordResetSettings.DefaultMailsPerAddressPerHour)));
        services.AddSingleton(EmailConfirmationSettings.Checked(
            configuration.GetValue(EmailConfirmationSettings.RequiredKey, true),
            configuration.GetValue(EmailConfirmationSettings.LinkLifetimeKey, EmailConfirmationSettings.DefaultLinkLifetime),
            configuration.GetValue(EmailConfirmationSettings.MailsPerAddressKey, EmailConfirmationSettings.DefaultMailsPerAddressPerHour)));
        services.AddSingleton<LinkTokenProvider>();
        services.AddServerSideSessions(configuration);
        return services;
    }

    /// <summary>
    /// Registers the provider's context pool: the request's context (as the provider's type, as
    /// <see cref="ApplicationDbContext"/> for Identity, and as <see cref="IApplicationDbContext"/>), and a
    /// factory over the same pool for what rents contexts outside a request's scope (the session store).
    /// The request's context is a lease of EF Core's own (<c>AddDbContextPool</c>) that the scope gives
    /// back once. A context made by the factory instead would go back to the pool at every Dispose, and
    /// the scope disposes it once per registration that handed it out: three times, the later ones while
    /// another request may already be using it ("Cannot access a disposed context" under load).
    /// </summary>
    private static void AddContexts<TContext>(this IServiceCollection services, Action<IServiceProvider, DbContextOptionsBuilder> configure)
        where TContext : ApplicationDbContext
    {
        services.AddDbContextPool<TContext>(configure);
        services.AddPooledDbContextFactory<TContext>(configure);
        services.AddSingleton<IDbContextFactory<ApplicationDbContext>, ProviderContextFactory<TContext>>();
        services.AddScoped<ApplicationDbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<TContext>());
    }

    /// <summary>With PostgreSQL, ConnectionStrings:Sched must name a server: there is no sensible default to fall back on.</summary>
    private static string RequirePostgreSqlConnectionString(string? connectionString)
    {
        string? host = null;
        try
        {
            host = connectionString is null ? null : new NpgsqlConnectionStringBuilder(connectionString).Host;
        }
        catch (ArgumentException)
        {
            // Not an Npgsql connection string at all (say, SQLite's "Data Source=sched.db"): reported below.
        }

        return string.IsNullOrWhiteSpace(host)
            ? throw new InvalidOperationException(
                $"{DatabaseProviderSetting.ConfigurationKey} is {DatabaseProvider.PostgreSQL}, so ConnectionStrings:{ConnectionStringName} " +
                "must be an Npgsql connection string with a Host, e.g. \"Host=db.example;Database=sched;Username=sched;Password=…\".")
            : connectionString!;
    }

    /// <summary>
    /// With Sched:DataProtection:CertificatePath (a PKCS#12 file; its password in
    /// Sched:DataProtection:CertificatePassword), keys are stored encrypted with that certificate.
    /// Linux has no DPAPI, so without one they are stored as plain XML (docs/security.md says why that is allowed).
    /// </summary>
    private static void ProtectKeysAtRest(IDataProtectionBuilder dataProtection, IConfiguration configuration)
    {
        var path = configuration["Sched:DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["Sched:DataProtection:CertificatePassword"]);
        dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
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

        return BesideDatabase(connectionString, "keys");
    }

    /// <summary>A folder beside the SQLite database file; for a database in memory, one in the temp folder ("sched-NAME").</summary>
    private static string BesideDatabase(string connectionString, string folder)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return Path.IsPathRooted(dataSource)
            ? Path.Combine(Path.GetDirectoryName(dataSource)!, folder)
            : Path.Combine(Path.GetTempPath(), $"sched-{folder}");
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
