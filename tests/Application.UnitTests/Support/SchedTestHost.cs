// Builds Sched's services the way production does (AddApplicationServices + AddInfrastructureServices)
// over a private SQLite database, with fakes only for what lies outside the process: the clock, the
// current user and the browser's sign-in cookie.
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Sched.Domain.Users;
using Sched.Infrastructure.Mail;
using Sched.Infrastructure.Sessions;

namespace Sched.Application.UnitTests.Support;

public sealed class SchedTestHost : IAsyncDisposable
{
    /// <summary>PBKDF2 rounds for passwords hashed by the tests.</summary>
    public const int TestPasswordHashIterations = 1_000;

    /// <summary>The fake clock's first reading; any fixed instant will do.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly SqliteConnection? _connection;
    private readonly ServiceProvider _requestServices;
    private readonly ServiceProvider _services;

    private SchedTestHost(string connectionString, SqliteConnection? connection, string? databaseFile, Action<IServiceCollection>? configure)
    {
        _connection = connection;
        DatabaseFile = databaseFile;
        _requestServices = new ServiceCollection()
            .AddSingleton<IAuthenticationService>(Authentication)
            .BuildServiceProvider();

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{InfrastructureDependencyInjection.ConnectionStringName}"] = connectionString,
            })
            .Build();

        var services = new ServiceCollection()
            .AddLogging()
            .AddApplicationServices()
            .AddInfrastructureServices(configuration, new FakeHostEnvironment(Path.GetTempPath()));
        if (connection is not null)
        {
            // An in-memory database lives as long as its connection: every DbContext must share this one.
            // A connection given to UseSqlite takes precedence over the configured connection string.
            services.ConfigureDbContext<SqliteDbContext>(options => options.UseSqlite(connection));
        }

        // Identity's default 100,000 PBKDF2 rounds made hashing most of the suite's run time; the
        // rounds are stored in each hash, so fewer here changes speed, not behaviour.
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = TestPasswordHashIterations);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ICurrentUser>(CurrentUser);
        services.AddSingleton(new DefaultTimeZone(TimeZoneInfo.Utc));
        services.AddSingleton(Sched.Application.CalendarFeeds.Common.CalendarFeedWindow.Default);
        services.AddSingleton(Sched.Application.Appointments.Common.CalendarImportSettings.Default);
        services.AddSingleton<IHttpContextAccessor>(
            new FixedHttpContextAccessor(new DefaultHttpContext { RequestServices = _requestServices }));
        configure?.Invoke(services);

        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public FakeCurrentUser CurrentUser { get; } = new();

    public RecordingAuthenticationService Authentication { get; } = new();

    /// <summary>The SQLite file behind a host made by <see cref="WithDatabaseFile"/>; deleted on disposal.</summary>
    public string? DatabaseFile { get; }

    /// <summary>A fresh in-memory database with every migration applied.</summary>
    public static SchedTestHost InMemory(Action<IServiceCollection>? configure = null)
    {
        var connection = new SqliteConnection("DataSource=:memory:");
        connection.Open();
        var host = new SchedTestHost("DataSource=:memory:", connection, null, configure);
        using var scope = host.CreateScope();
        scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Database.Migrate();
        return host;
    }

    /// <summary>
    /// A temporary database file that does not exist yet, reached through the connection string as in
    /// production; for use cases that create or delete the database itself.
    /// </summary>
    public static SchedTestHost WithDatabaseFile(Action<IServiceCollection>? configure = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sched-unit-{Guid.NewGuid():N}.db");
        return new SchedTestHost($"Data Source={path}", null, path, configure);
    }

    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    /// <summary>Runs one unit of work in its own scope, as one web request or one command-line verb would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = CreateScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Sends a request through the whole MediatR pipeline, behaviours included.</summary>
    public Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request) =>
        InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(request, CancellationToken.None));

    /// <summary>Migrates the database up to (and including) the named migration only, as an older release left it; null: every migration.</summary>
    public Task MigrateToAsync(string? migration) =>
        InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ApplicationDbContext>().GetService<IMigrator>().MigrateAsync(migration);
            return true;
        });

    /// <summary>
    /// Stores a user in the first schema's own columns, for a database left at an older migration:
    /// Identity would write today's columns, which that schema lacks (later migrations add some).
    /// </summary>
    public Task StoreUserInFirstSchemaAsync(string userId) =>
        InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Database.ExecuteSqlAsync(
            $"""
             INSERT INTO "AspNetUsers" ("Id", "IsActive", "Created", "Modified", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
             VALUES ({userId}, 1, '2024-06-01 09:00:00', '2024-06-01 09:00:00', 0, 0, 0, 0, 0)
             """));

    /// <summary>
    /// Stores a user straight through Identity, so tests of other use cases do not depend on CreateUser; their
    /// address is confirmed unless asked, as every user's is once they can log in.
    /// </summary>
    public Task<string> AddUserAsync(string email, string password = TestData.Password, bool active = true, bool emailConfirmed = true) =>
        InScopeAsync(async sp =>
        {
            var user = new ApplicationUser { UserName = email, Email = email, IsActive = active, EmailConfirmed = emailConfirmed };
            var result = await sp.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user, password);
            result.Succeeded.Should().BeTrue("the test's user must be stored: {0}", string.Join(", ", result.Errors.Select(e => e.Code)));
            return user.Id;
        });

    /// <summary>Whether the account store takes these credentials now (a wrong password counts toward lockout).</summary>
    public async Task<bool> AcceptsCredentialsAsync(string email, string password) =>
        (await InScopeAsync(sp => sp.GetRequiredService<IAccountService>()
            .CheckCredentialsAsync(EmailAddress.Parse(email), password, CancellationToken.None))).Outcome == SignInOutcome.Succeeded;

    public Task<ApplicationUser?> FindUserAsync(string email) =>
        InScopeAsync(sp => sp.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email));

    public Task<int> CountUsersAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Users.CountAsync());

    /// <summary>Every mail in the outbox, oldest first, with its bodies unprotected as the sender reads them.</summary>
    public Task<List<OutgoingMail>> OutboxAsync() =>
        InScopeAsync(async sp =>
        {
            var protector = sp.GetRequiredService<IDataProtectionProvider>().CreateProtector(MailOutbox.ProtectionPurpose);
            var rows = await sp.GetRequiredService<ApplicationDbContext>().QueuedMails.AsNoTracking().OrderBy(m => m.Queued).ToListAsync();
            return rows.Select(m => new OutgoingMail(
                m.To, m.Subject, protector.Unprotect(m.ProtectedTextBody), protector.Unprotect(m.ProtectedHtmlBody), m.Purpose)).ToList();
        });

    /// <summary>The cookie handler's session store, as production registers it.</summary>
    public DatabaseTicketStore Sessions => _services.GetRequiredService<DatabaseTicketStore>();

    /// <summary>The hosted sweep of expired sessions, as production registers it (not started).</summary>
    public ExpiredSessionSweep SessionSweep => _services.GetRequiredService<ExpiredSessionSweep>();

    /// <summary>A ticket as the cookie handler would hand to the session store after the user signed in.</summary>
    public static AuthenticationTicket TicketFor(string userId, DateTimeOffset? expires = null) =>
        new(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], IdentityConstants.ApplicationScheme)),
            new AuthenticationProperties { ExpiresUtc = expires },
            IdentityConstants.ApplicationScheme);

    /// <summary>Stores a session of the user, as a sign-in in some browser would; returns its key.</summary>
    public Task<string> StoreSessionAsync(string userId, DateTimeOffset? expires = null) =>
        Sessions.StoreAsync(TicketFor(userId, expires));

    /// <summary>Stores a session of the user and makes it the one the current request arrives with.</summary>
    public async Task<string> StartCurrentSessionAsync(string userId)
    {
        var ticket = TicketFor(userId);
        var key = await Sessions.StoreAsync(ticket);
        Authentication.CurrentSession = ticket;
        return key;
    }

    /// <summary>The keys of the user's stored sessions, ordered.</summary>
    public Task<List<string>> SessionKeysAsync(string userId) =>
        InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().UserSessions
            .Where(s => s.UserId == userId).Select(s => s.Key).OrderBy(k => k).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _requestServices.DisposeAsync();
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        if (DatabaseFile is not null)
        {
            // The connection pool keeps the file open until it is cleared.
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
            {
                File.Delete(DatabaseFile + suffix);
            }
        }
    }
}
