// Load: four signed-in users create 1,000 appointments at once on the real app over a loopback port; all must succeed and be stored.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Xunit.Abstractions;

namespace Sched.WebUI.ReliabilityTests;

public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Users = 4;
    private const int CreatesPerUser = 250;
    private const int InFlight = 24;

    [Fact]
    public async Task Four_users_creating_250_appointments_each_at_once_all_get_success_and_all_are_stored()
    {
        await using var factory = SchedAppFactory.RecordingErrors();
        var address = factory.StartOnLoopback();
        var browsers = new List<(HttpClient Client, string Token)>();
        for (var user = 0; user < Users; user++)
        {
            var email = $"load-{user}@example.com";
            await factory.CreateUserAsync(email);
            var client = BrowserClient.ForServer(address);
            await client.LogInSuccessfullyAsync(email, TestData.Password);
            browsers.Add((client, await client.GetAntiforgeryTokenAsync("/appointments/create/")));
        }

        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentQueue<string>();
        var serverErrors = 0;
        var creates = Enumerable.Range(0, Users * CreatesPerUser).Select(i => (User: i % Users, Number: i / Users));
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(creates, new ParallelOptions { MaxDegreeOfParallelism = InFlight, CancellationToken = deadline.Token }, async (create, ct) =>
        {
            var (client, token) = browsers[create.User];
            var timer = Stopwatch.StartNew();
            using var response = await client.PostFormAsync("/appointments/create/", Form(create.User, create.Number), token);
            latencies.Add(timer.Elapsed.TotalMilliseconds);
            if ((int)response.StatusCode >= 500)
            {
                Interlocked.Increment(ref serverErrors);
            }

            if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/appointments/")
            {
                failures.Enqueue($"user {create.User} #{create.Number}: {(int)response.StatusCode} to {response.Headers.Location}");
                return;
            }

            // As a browser does: open the list, which shows (and so clears) the "Appointment created." flash.
            using var list = await client.GetAsync(response.Headers.Location, ct);
            if (list.StatusCode != HttpStatusCode.OK)
            {
                failures.Enqueue($"user {create.User} #{create.Number}: the list answered {(int)list.StatusCode}");
            }
        });
        clock.Stop();

        var sorted = latencies.Order().ToArray();
        var locked = factory.Errors.All.Count(e => e.Contains("database is locked", StringComparison.OrdinalIgnoreCase));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sorted.Length} creates by {Users} users, {InFlight} in flight, in {clock.Elapsed.TotalSeconds:F1} s: " +
            $"{sorted.Length / clock.Elapsed.TotalSeconds:F0} creates/s (each create = POST + the list it redirects to); " +
            $"POST latency p50 {Percentile(sorted, 0.50):F0} ms, p95 {Percentile(sorted, 0.95):F0} ms, max {sorted[^1]:F0} ms; " +
            $"5xx: {serverErrors}; failures: {failures.Count}; 'database is locked' errors: {locked}"));

        factory.Errors.All.Should().BeEmpty("the app should log no error under load");
        failures.Should().BeEmpty("every create should be answered with a redirect to the list");
        serverErrors.Should().Be(0);
        factory.Database.CountAppointments().Should().Be(Users * CreatesPerUser);
        foreach (var (client, _) in browsers)
        {
            client.Dispose();
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Form(int user, int number)
    {
        var start = new DateTime(2030, 1, 1, 8, 0, 0).AddHours(number);
        return new AppointmentFields(
            Title: $"Load {user}-{number}",
            Start: start.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            End: start.AddMinutes(30).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            Location: "Room 1",
            Description: "Made by the load test.").ToForm();
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
