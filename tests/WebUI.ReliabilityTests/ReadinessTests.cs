// Readiness follows the shared database: when PostgreSQL goes down an instance stays alive but says it
// is not ready, and it is ready again as soon as the database is back, with no restart.
using System.Diagnostics;
using System.Net;
using Sched.WebUI.ReliabilityTests.Infrastructure;

namespace Sched.WebUI.ReliabilityTests;

public sealed class ReadinessTests
{
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Readiness_turns_503_while_postgresql_is_down_and_200_again_once_it_is_back_without_a_restart()
    {
        // A server of its own: stopping the shared one would fail every other test's database.
        await using var server = await PostgresServer.StartNewAsync();
        using var workFolder = new TempDatabase();
        (string, string)[] environment =
        [
            ("Sched__Database__Provider", "PostgreSQL"),
            ("ConnectionStrings__Sched", await server.CreateDatabaseAsync()),
        ];
        await using var app = await AppProcess.StartServerAsync(workFolder, environment);
        using var probe = BrowserClient.ForServer(app.Address);
        (await StatusAsync(probe, "/healthz/ready")).Should().Be(HttpStatusCode.OK, app.Log);

        await server.StopAsync();

        (await StatusAsync(probe, "/healthz/ready")).Should().Be(HttpStatusCode.ServiceUnavailable);
        (await StatusAsync(probe, "/healthz")).Should().Be(HttpStatusCode.OK, "the process still serves; restarting it would not bring the database back");

        await server.StartAsync();

        var clock = Stopwatch.StartNew();
        var ready = HttpStatusCode.ServiceUnavailable;
        while (ready != HttpStatusCode.OK && clock.Elapsed < RecoveryTimeout)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            ready = await StatusAsync(probe, "/healthz/ready");
        }

        ready.Should().Be(HttpStatusCode.OK, $"readiness should come back within {RecoveryTimeout.TotalSeconds:F0} s of the database:\n{app.Log}");
        (await StatusAsync(probe, "/login/")).Should().Be(HttpStatusCode.OK, "pages are served again too");
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }
}
