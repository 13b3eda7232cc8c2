// Starts the real Sched app for a test over a temporary database of its own (deleted on dispose): a
// SQLite file, or with SCHED_TEST_PROVIDER=PostgreSQL a database on the test run's PostgreSQL server;
// in memory through the test server, or with Kestrel on a loopback port for a browser or a load.
using System.Net;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Sched.Application.Common.Time;
using Sched.Application.Users.Commands.CreateUser;
using Sched.Application.Users.Commands.SetUserActive;
using Sched.Domain.Appointments;
using Sched.Infrastructure.Identity;
using Sched.Infrastructure.Persistence;

namespace Sched.TestSupport;

public sealed class SchedAppFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly RecordedErrors? errors;

    public SchedAppFactory()
        : this(new Dictionary<string, string>(), errors: null)
    {
    }

    private SchedAppFactory(IReadOnlyDictionary<string, string> settings, RecordedErrors? errors)
    {
        this.settings = settings;
        this.errors = errors;

        // A test may pin the provider itself (say, to test SQLite's keys folder); otherwise the run's.
        Provider = settings.TryGetValue(DatabaseProviderSetting.ConfigurationKey, out var pinned)
            ? DatabaseProviderSetting.From(new ConfigurationBuilder()
                .AddInMemoryCollection([KeyValuePair.Create<string, string?>(DatabaseProviderSetting.ConfigurationKey, pinned)]).Build())
            : RunProvider;
        ConnectionString = Provider == DatabaseProvider.PostgreSQL
            ? Task.Run(async () => await (await PostgresServer.GetSharedAsync()).CreateDatabaseAsync()).GetAwaiter().GetResult()
            : Database.ConnectionString;
    }

    /// <summary>The provider of this test run: <c>SCHED_TEST_PROVIDER</c> (./test.sh runs the integration suite on both), else SQLite.</summary>
    public static DatabaseProvider RunProvider { get; } = DatabaseProviderSetting.From(new ConfigurationBuilder()
        .AddInMemoryCollection([KeyValuePair.Create(DatabaseProviderSetting.ConfigurationKey, Environment.GetEnvironmentVariable("SCHED_TEST_PROVIDER"))])
        .Build());

    /// <summary>The database this factory's app uses.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>Its connection string: <see cref="Database"/>'s file with SQLite, an empty database of its own with PostgreSQL.</summary>
    public string ConnectionString { get; }

    /// <summary>A folder of this factory's own, deleted on dispose: with SQLite, the database file and its keys are in it.</summary>
    public TempDatabase Database { get; } = new();

    /// <summary>Every error the app logged, with its exception (only for a factory made by <see cref="RecordingErrors"/> or <see cref="RecordingLogs"/>).</summary>
    public RecordedErrors Errors =>
        errors ?? throw new InvalidOperationException($"Only a factory made by {nameof(RecordingErrors)}() or {nameof(RecordingLogs)}() records the app's log.");

    /// <summary>
    /// A factory of its own (own database too) whose app also reads these configuration settings,
    /// e.g. <c>("Sched:RateLimit:SignInPermitsPerMinute", "3")</c>, for a test about that setting.
    /// </summary>
    public static SchedAppFactory WithSettings(params (string Key, string Value)[] settings) =>
        new(settings.ToDictionary(s => s.Key, s => s.Value), errors: null);

    /// <summary>
    /// A factory whose app logs to <see cref="Errors"/> alone, not the console: for tests that must
    /// say why a 500 happened, run the command line with its output captured, or load the app.
    /// </summary>
    public static SchedAppFactory RecordingErrors() => new(new Dictionary<string, string>(), new RecordedErrors());

    /// <summary>
    /// Like <see cref="RecordingErrors"/> and <see cref="WithSettings"/> together, but records every entry
    /// from <paramref name="minimumLevel"/> up that the app's own log filters let through (appsettings.json
    /// still applies): for a test about what the app logs, e.g. nothing at Information per probe.
    /// </summary>
    public static SchedAppFactory RecordingLogs(LogLevel minimumLevel, params (string Key, string Value)[] settings) =>
        new(settings.ToDictionary(s => s.Key, s => s.Value), new RecordedErrors(minimumLevel));

    /// <summary>Serves the app with Kestrel on 127.0.0.1 and a free port (not the in-memory test server); returns its address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new Uri(addresses.Addresses.Single());
    }

    /// <summary>Stores a user through the app's own use case, optionally deactivated afterwards; returns the new id.</summary>
    public async Task<string> CreateUserAsync(string email, string password = TestData.Password, string? displayName = null, bool active = true)
    {
        await using var scope = Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CreateUserCommand(email, password, displayName));
        if (!active)
        {
            await SetUserActiveAsync(email, active: false);
        }

        return id;
    }

    /// <summary>Lets a user sign in again or stops them, as the command line does.</summary>
    public async Task SetUserActiveAsync(string email, bool active)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SetUserActiveCommand(email, active));
    }

    /// <summary>
    /// An in-memory client that behaves like one browser tab: keeps its cookies and shows redirects
    /// instead of following them; over plain http (as on localhost) unless asked for https.
    /// </summary>
    public HttpClient CreateBrowserClient(bool overHttps = false) =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(overHttps ? "https://localhost" : "http://localhost"),
        });

    /// <summary>A new user with <see cref="TestData.Password"/>, and a browser tab signed in as them.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string email)
    {
        await CreateUserAsync(email);
        var client = CreateBrowserClient();
        await client.LogInSuccessfullyAsync(email, TestData.Password);
        return client;
    }

    /// <summary>
    /// A client that keeps no cookies of its own and sends exactly the cookies given (a
    /// <c>Cookie</c> header such as <c>sched=…</c>), as someone replaying them would.
    /// </summary>
    public HttpClient CreateClientSendingCookies(string cookieHeader)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookieHeader);
        return client;
    }

    /// <summary>What the database holds for the user's appointments, ordered by start, read past the web layer.</summary>
    public async Task<IReadOnlyList<Appointment>> AppointmentsOfAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var ownerId = await UserIdAsync(scope, email);
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Appointments
            .AsNoTracking().Where(a => a.OwnerId == ownerId).OrderBy(a => a.Start).ThenBy(a => a.Id).ToListAsync();
    }

    /// <summary>Stores a one-hour appointment for the user straight in the database (for tests that need many); returns its id.</summary>
    public async Task<int> StoreAppointmentAsync(string email, string title, DateTime startUtc)
    {
        await using var scope = Services.CreateAsyncScope();
        var owner = await UserAsync(scope, email);
        var ownerZone = scope.ServiceProvider.GetRequiredService<DefaultTimeZone>().For(owner.TimeZoneId);
        var appointment = new Appointment(owner.Id, title, AppointmentPeriod.Between(startUtc, startUtc.AddHours(1)), null, null, ownerZone);
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync();
        return appointment.Id;
    }

    /// <summary>How many users the database holds with this email, in any letter case.</summary>
    public async Task<int> CountUsersAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var normalized = users.NormalizeEmail(email.Trim());
        return await users.Users.CountAsync(u => u.NormalizedEmail == normalized);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development, so the real error pages and exception handler are in place.
        builder.UseEnvironment("Testing");

        // UseSetting reaches Program's top-level code before services are registered.
        builder.UseSetting(DatabaseProviderSetting.ConfigurationKey, Provider.ToString());
        builder.UseSetting("ConnectionStrings:Sched", ConnectionString);

        // Every client signs in from one address (in memory or 127.0.0.1); tests of the limit itself set their own.
        builder.UseSetting("Sched:RateLimit:SignInPermitsPerMinute", "100000");
        builder.UseSetting("Sched:RateLimit:PasswordResetPermitsPerHour", "100000");

        // Mail without a test SMTP server goes to this factory's own folder (with PostgreSQL the default is the content root's).
        builder.UseSetting("Sched:Email:PickupDirectory", Path.Combine(Database.Folder, "mail"));

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (errors is not null)
        {
            builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(errors));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
            if (Provider == DatabaseProvider.PostgreSQL)
            {
                var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database!;
                Task.Run(async () => await (await PostgresServer.GetSharedAsync()).DropDatabaseAsync(name)).GetAwaiter().GetResult();
            }
        }
    }

    private static async Task<string> UserIdAsync(AsyncServiceScope scope, string email) => (await UserAsync(scope, email)).Id;

    private static async Task<ApplicationUser> UserAsync(AsyncServiceScope scope, string email) =>
        await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email.Trim())
        ?? throw new InvalidOperationException($"No user has the email {email}.");
}
