// Starts the real Sched web app in memory over its own temporary SQLite file, and deletes the file afterwards.
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sched.Application.Users.Commands.CreateUser;
using Sched.Application.Users.Commands.SetUserActive;
using Sched.Domain.Appointments;
using Sched.Infrastructure.Identity;
using Sched.Infrastructure.Persistence;

namespace Sched.WebUI.IntegrationTests.Infrastructure;

public sealed class SchedWebApplicationFactory : WebApplicationFactory<Program>
{
    public const string DefaultPassword = "correct horse battery";

    private readonly IReadOnlyDictionary<string, string> settings;

    public SchedWebApplicationFactory()
        : this(new Dictionary<string, string>())
    {
    }

    private SchedWebApplicationFactory(IReadOnlyDictionary<string, string> settings) => this.settings = settings;

    /// <summary>This factory's own SQLite file, created by the app's migrations at start-up.</summary>
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"sched-int-{Guid.NewGuid():N}.db");

    /// <summary>
    /// A factory of its own (own database too) whose app also reads these configuration settings,
    /// e.g. <c>("Sched:RateLimit:SignInPermitsPerMinute", "3")</c>, for a test about that setting.
    /// </summary>
    public static SchedWebApplicationFactory WithSettings(params (string Key, string Value)[] settings) =>
        new(settings.ToDictionary(s => s.Key, s => s.Value));

    /// <summary>An email no other test in this factory uses, so tests sharing a database stay independent.</summary>
    public static string NewEmail() => $"user-{Guid.NewGuid():N}@example.com";

    /// <summary>Stores a user through the app's own use case, optionally deactivated afterwards.</summary>
    public async Task CreateUserAsync(string email, string password = DefaultPassword, bool active = true)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CreateUserCommand(email, password, null));
        if (!active)
        {
            await SetUserActiveAsync(email, active: false);
        }
    }

    /// <summary>Lets a user sign in again or stops them, as the command line does.</summary>
    public async Task SetUserActiveAsync(string email, bool active)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SetUserActiveCommand(email, active));
    }

    /// <summary>
    /// A client that behaves like one browser tab: keeps its cookies and shows redirects instead of
    /// following them; over plain http (as on localhost) unless asked for https.
    /// </summary>
    public HttpClient CreateBrowserClient(bool overHttps = false) =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(overHttps ? "https://localhost" : "http://localhost"),
        });

    /// <summary>A new user, and a browser tab signed in as them.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string email)
    {
        await CreateUserAsync(email);
        var client = CreateBrowserClient();
        await client.LogInSuccessfullyAsync(email, DefaultPassword);
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
        var appointment = new Appointment(await UserIdAsync(scope, email), title, AppointmentPeriod.Between(startUtc, startUtc.AddHours(1)), null, null);
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
        builder.UseSetting("ConnectionStrings:Sched", $"Data Source={DatabasePath}");

        // Every in-memory client shares one address; tests of the limit itself set their own.
        builder.UseSetting("Sched:RateLimit:SignInPermitsPerMinute", "10000");

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        // Pooled connections keep the file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { DatabasePath, $"{DatabasePath}-wal", $"{DatabasePath}-shm" })
        {
            File.Delete(path);
        }
    }

    private static async Task<string> UserIdAsync(AsyncServiceScope scope, string email) =>
        (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email.Trim()))?.Id
        ?? throw new InvalidOperationException($"No user has the email {email}.");
}
