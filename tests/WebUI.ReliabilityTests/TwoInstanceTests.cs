// Scale-out: two app processes on two ports share one PostgreSQL database, as behind a load balancer.
// Whatever one instance does to a session, an account or an appointment, the other sees at once.
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Npgsql;
using Sched.WebUI.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace Sched.WebUI.ReliabilityTests;

public sealed class TwoInstanceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Email = "shared@example.com";
    private readonly TempDatabase _workFolder = new(); // the processes' own files; the data is in PostgreSQL
    private PostgresServer _server = null!;
    private string _connectionString = string.Empty;
    private AppProcess _a = null!;
    private AppProcess _b = null!;

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.GetSharedAsync();
        _connectionString = await _server.CreateDatabaseAsync();

        // As docs/deploy.md says: migrations run once with create-tables, and instances do not migrate.
        await CliAsync("create-tables");
        await CliAsync("create-user", "--email", Email, "--password", TestData.Password);
        _a = await AppProcess.StartServerAsync(_workFolder, [.. Environment, ("HOME", HomeFolder("a"))]);
        _b = await AppProcess.StartServerAsync(_workFolder, [.. Environment, ("HOME", HomeFolder("b"))]);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _server.DropDatabaseAsync(new NpgsqlConnectionStringBuilder(_connectionString).Database!);
        _workFolder.Dispose();
    }

    private (string Name, string Value)[] Environment =>
    [
        ("Sched__Database__Provider", "PostgreSQL"),
        ("ConnectionStrings__Sched", _connectionString),
        ("Sched__Database__MigrateOnStartup", "false"),
    ];

    [Fact]
    public async Task Signing_in_on_A_signs_the_browser_in_on_B_with_keys_both_read_from_the_database()
    {
        using var browser = Browser();
        var (onA, onB) = (browser.OnA, browser.OnB);

        await onA.LogInSuccessfullyAsync(Email, TestData.Password);

        (await StatusOfListAsync(onB)).Should().Be(HttpStatusCode.OK, "B reads the session A stored, with the keys A used");
        (await PostgresRows.FirstColumnAsync(_connectionString, """SELECT "Xml" FROM "DataProtectionKeys" """))
            .Should().NotBeEmpty("the key that protects the cookie is in the shared database");
        Directory.EnumerateFiles(HomeFolder("a"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(HomeFolder("b"), "*", SearchOption.AllDirectories))
            .Should().BeEmpty("neither instance fell back to a keys folder in its home");
    }

    [Fact]
    public async Task A_form_token_issued_by_A_is_accepted_by_B_and_what_B_stores_is_listed_on_A()
    {
        using var browser = Browser();
        var (onA, onB) = (browser.OnA, browser.OnB);
        await onA.LogInSuccessfullyAsync(Email, TestData.Password);
        var tokenFromA = await onA.GetAntiforgeryTokenAsync("/appointments/create/");

        using var created = await onB.PostFormAsync("/appointments/create/", Form("Made on B"), tokenFromA);

        created.StatusCode.Should().Be(HttpStatusCode.Redirect, $"B accepts A's token:\n{_b.Log}");
        (await onA.GetPageHtmlAsync("/appointments/")).Should().Contain("Made on B");
    }

    [Fact]
    public async Task Logging_out_on_B_ends_the_session_on_A_at_once()
    {
        var cookies = new CookieContainer();
        using var onA = BrowserClient.ForServer(_a.Address, cookies);
        using var onB = BrowserClient.ForServer(_b.Address, cookies);
        await onA.LogInSuccessfullyAsync(Email, TestData.Password);
        var held = new CookieContainer();
        held.Add(cookies.GetCookies(_a.Address)); // as someone who copied the cookie before the logout
        using var replayOnA = BrowserClient.ForServer(_a.Address, held);
        (await StatusOfListAsync(replayOnA)).Should().Be(HttpStatusCode.OK);

        using var logout = await onB.PostFormAsync("/logout/", [], await onB.GetAntiforgeryTokenAsync("/appointments/"));

        logout.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StatusOfListAsync(replayOnA)).Should().Be(HttpStatusCode.Redirect, "B deleted the session that A had opened");
    }

    [Fact]
    public async Task Deactivating_a_user_with_the_command_line_ends_their_sessions_on_both_instances()
    {
        using var browser = Browser();
        var (onA, onB) = (browser.OnA, browser.OnB);
        await onA.LogInSuccessfullyAsync(Email, TestData.Password);
        using var onBAlone = BrowserClient.ForServer(_b.Address);
        await onBAlone.LogInSuccessfullyAsync(Email, TestData.Password);

        await CliAsync("deactivate-user", "--email", Email);

        (await StatusOfListAsync(onA)).Should().Be(HttpStatusCode.Redirect);
        (await StatusOfListAsync(onB)).Should().Be(HttpStatusCode.Redirect);
        (await StatusOfListAsync(onBAlone)).Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_password_change_on_A_ends_the_users_other_sessions_on_B_and_keeps_the_one_that_changed_it()
    {
        using var browser = Browser();
        var onA = browser.OnA;
        await onA.LogInSuccessfullyAsync(Email, TestData.Password);
        using var elsewhereOnB = BrowserClient.ForServer(_b.Address);
        await elsewhereOnB.LogInSuccessfullyAsync(Email, TestData.Password);

        using var change = await onA.SubmitFormAsync("/account/password/", new Dictionary<string, string>
        {
            ["CurrentPassword"] = TestData.Password,
            ["NewPassword"] = TestData.NewPassword,
            ["ConfirmNewPassword"] = TestData.NewPassword,
        });

        change.StatusCode.Should().Be(HttpStatusCode.Redirect, $"the change should succeed:\n{_a.Log}");
        (await StatusOfListAsync(elsewhereOnB)).Should().Be(HttpStatusCode.Redirect, "the other session ended with the old password");
        (await StatusOfListAsync(onA)).Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Five_wrong_passwords_spread_over_A_and_B_lock_the_account_on_both()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var guesser = BrowserClient.ForServer(attempt % 2 == 0 ? _a.Address : _b.Address);
            using var wrong = await guesser.LogInAsync(Email, "not the password");
            wrong.StatusCode.Should().Be(HttpStatusCode.OK, "a wrong password shows the form again");
        }

        foreach (var instance in new[] { _a, _b })
        {
            using var owner = BrowserClient.ForServer(instance.Address);
            using var right = await owner.LogInAsync(Email, TestData.Password);
            right.StatusCode.Should().Be(HttpStatusCode.OK, "the lockout counter is in the shared database, so both instances refuse");
        }
    }

    [Fact]
    public async Task Two_times_500_concurrent_creates_across_both_instances_are_all_stored()
    {
        const int PerInstance = 500;
        var writers = new List<(HttpClient Client, string Token)>();
        foreach (var instance in new[] { _a, _b })
        {
            var client = BrowserClient.ForServer(instance.Address);
            await client.LogInSuccessfullyAsync(Email, TestData.Password);
            writers.Add((client, await client.GetAntiforgeryTokenAsync("/appointments/create/")));
        }

        var failures = new ConcurrentQueue<string>();
        var creates = Enumerable.Range(0, 2 * PerInstance);
        await Parallel.ForEachAsync(creates, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (n, _) =>
        {
            var (client, token) = writers[n % 2];
            using var response = await client.PostFormAsync("/appointments/create/", Form($"Create {n}"), token);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                failures.Enqueue($"#{n}: {(int)response.StatusCode}");
            }
        });
        writers.ForEach(w => w.Client.Dispose());

        failures.Should().BeEmpty($"every create should be answered with a redirect:\n{_a.Log}\n{_b.Log}");
        (await StoredTitlesAsync()).Should().HaveCount(2 * PerInstance).And.Contain(creates.Select(n => $"Create {n}"));
        _a.Log.Should().NotContain("fail:");
        _b.Log.Should().NotContain("fail:");
    }

    [Fact]
    public async Task Killing_A_mid_write_leaves_B_serving_and_loses_no_acknowledged_write()
    {
        var acknowledged = new ConcurrentBag<string>();
        var writers = new List<Task>();
        using var stop = new CancellationTokenSource();
        foreach (var (instance, name) in new[] { (_a, "A"), (_b, "B") })
        {
            for (var w = 0; w < 3; w++)
            {
                var client = BrowserClient.ForServer(instance.Address);
                client.Timeout = TimeSpan.FromSeconds(10);
                await client.LogInSuccessfullyAsync(Email, TestData.Password);
                var token = await client.GetAntiforgeryTokenAsync("/appointments/create/");
                var writer = $"{name}{w}";
                writers.Add(Task.Run(async () =>
                {
                    using (client)
                    {
                        for (var n = 0; !stop.IsCancellationRequested; n++)
                        {
                            var title = $"{writer}-{n}";
                            try
                            {
                                using var response = await client.PostFormAsync("/appointments/create/", Form(title), token);
                                if (response.StatusCode == HttpStatusCode.Redirect)
                                {
                                    acknowledged.Add(title);
                                }
                            }
                            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                            {
                                return; // this writer's instance is gone
                            }
                        }
                    }
                }));
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        _a.Kill();
        var acknowledgedWhenAWasKilled = acknowledged.Count;
        var byBWhenAWasKilled = acknowledged.Count(t => t.StartsWith('B'));

        // B goes on writing: wait until it has answered a few more creates (a busy machine may need a while), at most 15 s.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (acknowledged.Count(t => t.StartsWith('B')) < byBWhenAWasKilled + 10 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        await stop.CancelAsync();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(30));

        var stored = (await StoredTitlesAsync()).ToHashSet(StringComparer.Ordinal);
        var lost = acknowledged.Where(title => !stored.Contains(title)).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"3 writers on each instance; SIGKILL of A after 2 s: {acknowledgedWhenAWasKilled} acknowledged by then, " +
            $"{acknowledged.Count} in all, {acknowledged.Count(t => t.StartsWith('B'))} by B; {stored.Count} stored; {lost.Count} lost"));

        lost.Should().BeEmpty("an answered create must survive the instance that answered it");
        acknowledged.Where(t => t.StartsWith('B')).Should().HaveCountGreaterThanOrEqualTo(byBWhenAWasKilled + 10, "B kept writing after A died");
        using var afterwards = BrowserClient.ForServer(_b.Address);
        await afterwards.LogInSuccessfullyAsync(Email, TestData.Password);
        (await StatusOfListAsync(afterwards)).Should().Be(HttpStatusCode.OK, "B keeps serving");
        _b.Log.Should().NotContain("fail:");
    }

    private SharedBrowser Browser()
    {
        var cookies = new CookieContainer();
        return new SharedBrowser(BrowserClient.ForServer(_a.Address, cookies), BrowserClient.ForServer(_b.Address, cookies));
    }

    private static async Task<HttpStatusCode> StatusOfListAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/appointments/");
        return response.StatusCode;
    }

    private async Task CliAsync(params string[] args)
    {
        var result = await AppProcess.RunCommandAsync(_workFolder, Environment, args);
        result.ExitCode.Should().Be(0, $"{args[0]} should succeed: {result.Error}");
    }

    /// <summary>
    /// A home folder per instance, as on two machines: were the keys not in the database, Data Protection
    /// would keep them in ~/.aspnet/DataProtection-Keys, and a folder both processes share would hide that.
    /// </summary>
    private string HomeFolder(string instance) =>
        Directory.CreateDirectory(Path.Combine(_workFolder.Folder, $"home-{instance}")).FullName;

    private Task<List<string>> StoredTitlesAsync() =>
        PostgresRows.FirstColumnAsync(_connectionString, """SELECT "Title" FROM "Appointments" """);

    /// <summary>Every write at one time, so each presses "Save anyway" (else all but the first get the overlap warning).</summary>
    private static IEnumerable<KeyValuePair<string, string>> Form(string title) =>
        new AppointmentFields(Title: title, Start: "2030-06-01T09:00", End: "2030-06-01T10:00", AllowOverlap: true).ToForm();

    /// <summary>One browser whose cookies go to whichever instance it asks, as behind a load balancer.</summary>
    private sealed record SharedBrowser(HttpClient OnA, HttpClient OnB) : IDisposable
    {
        public void Dispose()
        {
            OnA.Dispose();
            OnB.Dispose();
        }
    }
}
