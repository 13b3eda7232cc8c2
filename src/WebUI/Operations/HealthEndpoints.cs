// The probes an orchestrator or load balancer asks: /healthz (alive) and /healthz/ready (may take traffic).
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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
        MapProbe(endpoints, "/healthz", _ => false);
        MapProbe(endpoints, "/healthz/ready", check => check.Tags.Contains(DatabaseHealth.ReadyTag));
        return endpoints;
    }

    /// <summary>
    /// GET and HEAD only: a health check answers any method by default, and a probe that took a POST
    /// would be the one unsafe endpoint without an antiforgery token.
    /// </summary>
    private static void MapProbe(IEndpointRouteBuilder endpoints, string path, Func<HealthCheckRegistration, bool> checks) =>
        endpoints.MapHealthChecks(path, new HealthCheckOptions { Predicate = checks })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .AllowAnonymous()
            .DisableRateLimiting();
}
