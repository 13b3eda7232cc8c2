// Starts the real Sched app over its own temp SQLite file: in memory for speed, or on a real loopback port for load.
using System.Net;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sched.Application.Users.Commands.CreateUser;

namespace Sched.WebUI.ReliabilityTests.Infrastructure;

public sealed class SchedAppFactory : WebApplicationFactory<Program>
{
    public const string DefaultPassword = "correct horse battery";

    public TempDatabase Database { get; } = new();

    /// <summary>Every error the app logged, with its exception.</summary>
    public RecordedErrors Errors { get; } = new();

    /// <summary>Stores a user through the app's own use case and returns the new id.</summary>
    public async Task<string> CreateUserAsync(string email, string password = DefaultPassword)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CreateUserCommand(email, password, null));
    }

    /// <summary>An in-memory client like one browser tab: keeps its cookies, shows redirects instead of following them.</summary>
    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Serves the app with Kestrel on 127.0.0.1 and a free port; returns its address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new Uri(addresses.Addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Not Development, so the real error pages and exception handler are in place.
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Sched", Database.ConnectionString);
        builder.UseSetting("Sched:RateLimit:SignInPermitsPerMinute", "100000");
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Errors));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}
