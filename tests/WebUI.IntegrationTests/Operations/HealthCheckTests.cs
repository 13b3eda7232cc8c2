// The probes: /healthz says the process serves, /healthz/ready says the database is reachable and migrated.
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sched.WebUI.IntegrationTests.Operations;

public sealed class HealthCheckTests
{
    private const string NoMigrationAtStartUp = "Sched:Database:MigrateOnStartup";

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/healthz/")]
    [InlineData("/healthz/ready")]
    [InlineData("/healthz/ready/")]
    public async Task A_migrated_app_answers_healthy_to_anyone(string path)
    {
        await using var app = new SchedAppFactory();
        using var anonymous = app.CreateBrowserClient();

        using var response = await anonymous.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.Should().Be("text/plain");
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task An_unmigrated_database_is_alive_but_not_ready_until_migrated_without_a_restart()
    {
        await using var app = SchedAppFactory.WithSettings((NoMigrationAtStartUp, "false"));
        using var client = app.CreateBrowserClient();

        using var alive = await client.GetAsync("/healthz");
        using var notReady = await client.GetAsync("/healthz/ready");
        using var notReadySlash = await client.GetAsync("/healthz/ready/");

        alive.StatusCode.Should().Be(HttpStatusCode.OK);
        notReady.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        notReady.Content.Headers.ContentType?.MediaType.Should().Be("text/plain", "the status code pages must not swap in the HTML error page");
        (await notReady.Content.ReadAsStringAsync()).Should().Be("Unhealthy");
        notReadySlash.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);

        await app.Services.MigrateDatabaseAsync(CancellationToken.None);

        using var ready = await client.GetAsync("/healthz/ready");
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSQL")]
    public async Task An_unreachable_database_is_not_ready_and_the_answer_names_nothing_of_it(string provider)
    {
        // SQLite: a file in a folder that does not exist. PostgreSQL: a port where nothing listens.
        var unreachable = provider == "Sqlite"
            ? $"Data Source={Path.Combine(Path.GetTempPath(), $"sched-missing-{Guid.NewGuid():N}", "sched.db")}"
            : "Host=127.0.0.1;Port=1;Database=sched_unreachable;Username=sched;Timeout=2";
        await using var app = SchedAppFactory.WithSettings(
            ("Sched:Database:Provider", provider), (NoMigrationAtStartUp, "false"), ("ConnectionStrings:Sched", unreachable));
        using var client = app.CreateBrowserClient();

        using var alive = await client.GetAsync("/healthz");
        using var notReady = await client.GetAsync("/healthz/ready");

        alive.StatusCode.Should().Be(HttpStatusCode.OK);
        notReady.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await notReady.Content.ReadAsStringAsync()).Should().Be("Unhealthy");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("DELETE")]
    public async Task Probes_answer_only_reads(string method)
    {
        await using var app = new SchedAppFactory();
        using var client = app.CreateBrowserClient();

        using var alive = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/healthz"));
        using var ready = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/healthz/ready"));

        // Not found, as for any other method a path does not take: the app's fallback answers it.
        alive.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ready.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Probes_are_not_rate_limited()
    {
        await using var app = SchedAppFactory.WithSettings(("Sched:RateLimit:SignInPermitsPerMinute", "1"));
        using var client = app.CreateBrowserClient();

        var statuses = new List<HttpStatusCode>();
        for (var call = 0; call < 50; call++)
        {
            using var alive = await client.GetAsync("/healthz");
            using var ready = await client.GetAsync("/healthz/ready");
            statuses.Add(alive.StatusCode);
            statuses.Add(ready.StatusCode);
        }

        statuses.Should().AllSatisfy(status => status.Should().Be(HttpStatusCode.OK));
    }

    [Fact]
    public async Task A_healthy_probe_logs_nothing_at_information_or_above()
    {
        await using var app = SchedAppFactory.RecordingLogs(LogLevel.Information);
        using var client = app.CreateBrowserClient();
        using var warmUp = await client.GetAsync("/login/");
        var loggedBefore = app.Errors.All.Count;

        for (var call = 0; call < 5; call++)
        {
            using var alive = await client.GetAsync("/healthz");
            using var ready = await client.GetAsync("/healthz/ready");
            ready.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        app.Errors.All.Skip(loggedBefore).Should().BeEmpty("a probe every few seconds would drown the log");
    }
}
