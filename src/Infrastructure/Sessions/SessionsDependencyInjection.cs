using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Sched.Infrastructure.Sessions;

/// <summary>
/// Server-side sessions: the cookie holds only a key, so logout, deactivation and a password
/// change end sessions for real (docs/security.md). Registers the store, the port and the sweep.
/// </summary>
public static class SessionsDependencyInjection
{
    public static IServiceCollection AddServerSideSessions(this IServiceCollection services, IConfiguration configuration)
    {
        var interval = configuration.GetValue(SessionSweepSettings.ConfigurationKey, SessionSweepSettings.DefaultInterval);
        if (interval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{SessionSweepSettings.ConfigurationKey} must be a positive time span, e.g. 00:10:00.");
        }

        services.AddSingleton(new SessionSweepSettings(interval));
        services.AddSingleton<DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((options, store) => options.SessionStore = store);
        services.AddScoped<ISessionService, SessionService>();
        services.AddSingleton<ExpiredSessionSweep>();
        services.AddHostedService(sp => sp.GetRequiredService<ExpiredSessionSweep>());
        return services;
    }
}
