// Starts the real Sched web app in memory over its own temporary SQLite file, and deletes the file afterwards.
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sched.Application.Users.Commands.CreateUser;
using Sched.Application.Users.Commands.SetUserActive;

namespace Sched.WebUI.IntegrationTests.Infrastructure;

public sealed class SchedWebApplicationFactory : WebApplicationFactory<Program>
{
    public const string DefaultPassword = "correct horse battery";

    /// <summary>This factory's own SQLite file, created by the app's migrations at start-up.</summary>
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"sched-int-{Guid.NewGuid():N}.db");

    /// <summary>An email no other test in this factory uses, so tests sharing a database stay independent.</summary>
    public static string NewEmail() => $"user-{Guid.NewGuid():N}@example.com";

    /// <summary>Stores a user through the app's own use case, optionally deactivated afterwards.</summary>
    public async Task CreateUserAsync(string email, string password = DefaultPassword, bool active = true)
    {
        await using var scope = Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        await mediator.Send(new CreateUserCommand(email, password, null));
        if (!active)
        {
            await mediator.Send(new SetUserActiveCommand(email, false));
        }
    }

    /// <summary>A client that behaves like one browser tab: keeps its cookies and shows redirects instead of following them.</summary>
    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development, so the real error pages and exception handler are in place.
        builder.UseEnvironment("Testing");

        // UseSetting reaches Program's top-level code before services are registered.
        builder.UseSetting("ConnectionStrings:Sched", $"Data Source={DatabasePath}");

        // Every in-memory client shares one address; tests of the limit itself set their own.
        builder.UseSetting("Sched:RateLimit:SignInPermitsPerMinute", "10000");
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
}
