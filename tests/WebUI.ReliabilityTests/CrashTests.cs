// Crash: the built app is killed with SIGKILL while several clients write; the database must be sound and keep every acknowledged create.
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Sched.WebUI.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace Sched.WebUI.ReliabilityTests;

public sealed class CrashTests(ITestOutputHelper output)
{
    private const string Email = "crash@example.com";
    private const int Writers = 6;
    private const int MaxCreatesPerWriter = 2_000;
    private static readonly TimeSpan WriteTime = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Killing_the_app_mid_write_keeps_every_acknowledged_appointment_and_a_sound_database()
    {
        using var database = new TempDatabase();
        var created = await AppProcess.RunCommandAsync(database, "create-user", "--email", Email, "--password", TestData.Password);
        created.ExitCode.Should().Be(0, $"the CLI should create the user: {created.Error}");

        var acknowledged = new ConcurrentBag<string>();
        var attempted = 0;
        await using (var app = await AppProcess.StartServerAsync(database))
        {
            var writers = new List<(HttpClient Client, string Token)>();
            for (var i = 0; i < Writers; i++)
            {
                var client = BrowserClient.ForServer(app.Address);
                client.Timeout = TimeSpan.FromSeconds(10);
                await client.LogInSuccessfullyAsync(Email, TestData.Password);
                var token = await client.GetAntiforgeryTokenAsync("/appointments/create/");
                writers.Add((client, token));

                // One create each before the clock starts, so the two seconds are spent writing, not compiling.
                var title = $"crash warm-up {i}";
                attempted++;
                using var warmUp = await client.PostFormAsync("/appointments/create/", Form(title), token);
                warmUp.StatusCode.Should().Be(HttpStatusCode.Redirect);
                acknowledged.Add(title);
                using var list = await client.GetAsync(warmUp.Headers.Location);
            }

            var writing = writers.Select((writer, index) => Task.Run(async () =>
            {
                for (var n = 0; n < MaxCreatesPerWriter; n++)
                {
                    var title = $"crash {index}-{n}";
                    Interlocked.Increment(ref attempted);
                    try
                    {
                        using var response = await writer.Client.PostFormAsync("/appointments/create/", Form(title), writer.Token);
                        if (response.StatusCode == HttpStatusCode.Redirect)
                        {
                            acknowledged.Add(title);
                            using var list = await writer.Client.GetAsync(response.Headers.Location);
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        return; // the server is gone
                    }
                }
            })).ToList();

            await Task.Delay(WriteTime);
            app.Kill();
            await Task.WhenAll(writing).WaitAsync(TimeSpan.FromSeconds(30));
            writers.ForEach(w => w.Client.Dispose());
        }

        var integrity = database.IntegrityCheck();
        var stored = database.AppointmentTitles();
        var lost = acknowledged.Where(title => !stored.Contains(title)).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Writers} writers for {WriteTime.TotalSeconds:F0} s, then SIGKILL: {attempted} creates attempted, {acknowledged.Count} acknowledged (302), " +
            $"{stored.Count} rows found, {lost.Count} acknowledged but lost; integrity_check: {integrity}"));

        acknowledged.Should().NotBeEmpty("the writers should have been answered before the kill");
        integrity.Should().Be("ok");
        lost.Should().BeEmpty("an answered create must survive a crash");

        await using var restarted = await AppProcess.StartServerAsync(database);
        using var visitor = BrowserClient.ForServer(restarted.Address);
        using var login = await visitor.GetAsync("/login/");
        login.StatusCode.Should().Be(HttpStatusCode.OK, $"the app should serve again after the crash:\n{restarted.Log}");
        database.AppointmentTitles().Should().HaveCount(stored.Count);
    }

    /// <summary>Every write at one time, so each presses "Save anyway" (else all but the first get the overlap warning).</summary>
    private static IEnumerable<KeyValuePair<string, string>> Form(string title) =>
        new AppointmentFields(Title: title, Start: "2030-06-01T09:00", End: "2030-06-01T10:00", AllowOverlap: true).ToForm();
}
