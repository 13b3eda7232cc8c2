// The real Sched app on a free loopback port (Kestrel, not the in-memory test server) over its own
// temporary SQLite file, so a real browser can visit it.
using System.Net;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sched.Application.Users.Commands.CreateUser;

namespace Sched.WebUI.BrowserTests;

public sealed class SchedAppFactory : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"sched-browser-{Guid.NewGuid():N}.db");

    public SchedAppFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234</c>; set by <see cref="Start"/>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    /// <summary>Stores an active user through the app's own command, as the <c>create-user</c> verb does.</summary>
    public async Task CreateUserAsync(string email, string password, string? displayName = null)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CreateUserCommand(email, password, displayName));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Sched", $"Data Source={databasePath}");
        // Times typed into the forms mean the same instant on every machine.
        builder.UseSetting("Sched:DefaultTimeZone", "UTC");
        builder.UseSetting("Sched:AllowRegistration", "true");

        // Every journey signs in from 127.0.0.1; the per-address limit is tested in the integration tests.
        builder.UseSetting("Sched:RateLimit:SignInPermitsPerMinute", "10000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
