// The probes an orchestrator or load balancer asks: /healthz (alive) and /healthz/ready (may take traffic).
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Sched.WebUI.Operations;

/// <summary>
/// Both answer with the status word alone ("Healthy", "Unhealthy"), never a connection string or an
/// exception, since anyone may ask. A probe comes every few seconds from one address, so neither
/// needs a sign-in nor counts against a rate limit.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Liveness runs no check: a database outage must not get every instance restarted.
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false })
            .AllowAnonymous()
            .DisableRateLimiting();
        endpoints.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(DatabaseHealth.ReadyTag) })
            .AllowAnonymous()
            .DisableRateLimiting();
        return endpoints;
    }
}
