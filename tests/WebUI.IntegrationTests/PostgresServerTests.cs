// Checks the throwaway PostgreSQL server itself: separate databases, a stop and a restart, and nothing left
// behind after disposal or after a run that crashed.
using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Xunit.Abstractions;

namespace Sched.WebUI.IntegrationTests;

public sealed class PostgresServerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Each_created_database_is_empty_and_separate_from_the_others()
    {
        var server = await PostgresServer.GetSharedAsync();
        var first = await server.CreateDatabaseAsync();
        var second = await server.CreateDatabaseAsync();

        await ExecuteAsync(first, "CREATE TABLE appointments (title text); INSERT INTO appointments VALUES ('Dentist')");

        DatabaseName(first).Should().NotBe(DatabaseName(second));
        (await ScalarAsync<string>(first, "SELECT title FROM appointments")).Should().Be("Dentist");
        (await ScalarAsync<long>(second, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).Should().Be(0);

        await server.DropDatabaseAsync(DatabaseName(first));
        await server.DropDatabaseAsync(DatabaseName(second));
        var opening = () => ExecuteAsync(first, "SELECT 1");
        (await opening.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InvalidCatalogName);
    }

    [Fact]
    public async Task Databases_are_utf8_with_the_byte_order_collation()
    {
        var server = await PostgresServer.GetSharedAsync();

        (await ScalarAsync<string>(server.ConnectionString, "SHOW server_encoding")).Should().Be("UTF8");
        (await ScalarAsync<string>(server.ConnectionString, "SELECT datcollate FROM pg_database WHERE datname = current_database()")).Should().Be("C.UTF-8");
        (await ScalarAsync<string>(server.ConnectionString, "SELECT string_agg(word, ',' ORDER BY word) FROM unnest(ARRAY['b', 'a', 'B', 'Z']) AS word"))
            .Should().Be("B,Z,a,b", "upper case sorts before lower case in byte order, as in SQLite's default");
    }

    [Fact]
    public async Task The_shared_server_is_one_instance_that_tests_cannot_stop()
    {
        var server = await PostgresServer.GetSharedAsync();

        (await PostgresServer.GetSharedAsync()).Should().BeSameAs(server);
        await server.Invoking(s => s.StopAsync()).Should().ThrowAsync<InvalidOperationException>();
        (await ScalarAsync<int>(server.ConnectionString, "SELECT 1")).Should().Be(1);
    }

    [Fact]
    public async Task A_stopped_server_refuses_connections_and_serves_the_same_data_on_the_same_port_once_started()
    {
        var clock = Stopwatch.StartNew();
        await using var server = await PostgresServer.StartNewAsync();
        output.WriteLine($"Cluster created and started in {clock.ElapsedMilliseconds} ms");
        var database = await server.CreateDatabaseAsync();
        await ExecuteAsync(database, "CREATE TABLE appointments (title text); INSERT INTO appointments VALUES ('Dentist')");
        var port = server.Port;

        clock.Restart();
        await server.StopAsync();
        output.WriteLine($"Stopped in {clock.ElapsedMilliseconds} ms");
        var whileStopped = () => ExecuteAsync(database, "SELECT 1");
        await whileStopped.Should().ThrowAsync<NpgsqlException>();

        clock.Restart();
        await server.StartAsync();
        output.WriteLine($"Started again in {clock.ElapsedMilliseconds} ms");
        server.Port.Should().Be(port);
        (await ScalarAsync<string>(database, "SELECT title FROM appointments")).Should().Be("Dentist");
    }

    [Fact]
    public async Task Disposing_a_server_stops_it_and_deletes_its_folder()
    {
        var server = await PostgresServer.StartNewAsync();
        var connectionString = server.ConnectionString;
        var folder = server.Folder;
        var serverProcessId = PostmasterProcessId(server.DataFolder);
        IsRunning(serverProcessId).Should().BeTrue();

        var clock = Stopwatch.StartNew();
        await server.DisposeAsync();
        output.WriteLine($"Disposed in {clock.ElapsedMilliseconds} ms");

        Directory.Exists(folder).Should().BeFalse();
        IsRunning(serverProcessId).Should().BeFalse();
        var afterDispose = () => ExecuteAsync(connectionString, "SELECT 1");
        await afterDispose.Should().ThrowAsync<NpgsqlException>();
    }

    [Fact]
    public async Task Starting_a_server_stops_and_deletes_one_left_by_a_crashed_run()
    {
        await using var abandoned = await PostgresServer.StartNewAsync();
        var serverProcessId = PostmasterProcessId(abandoned.DataFolder);
        await ClaimForADeadProcessAsync(abandoned.Folder);

        await using var next = await PostgresServer.StartNewAsync();

        Directory.Exists(abandoned.Folder).Should().BeFalse();
        IsRunning(serverProcessId).Should().BeFalse();
        Directory.Exists(next.Folder).Should().BeTrue("a server whose owner is alive is never swept");
    }

    /// <summary>Rewrites the server's owner record as a crashed run would have left it: a process that has since exited.</summary>
    private static async Task ClaimForADeadProcessAsync(string serverFolder)
    {
        using var crashed = Process.Start("sleep", "60") ?? throw new InvalidOperationException("Could not run 'sleep'.");
        var startTicks = crashed.StartTime.ToUniversalTime().Ticks;
        crashed.Kill();
        await crashed.WaitForExitAsync();
        await File.WriteAllTextAsync(Path.Combine(serverFolder, "owner"), FormattableString.Invariant($"{crashed.Id} {startTicks}"));
    }

    private static int PostmasterProcessId(string dataFolder) => int.Parse(File.ReadLines(Path.Combine(dataFolder, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    /// <summary>Alive and not a zombie: a container's first process may never reap the daemonised server.</summary>
    private static bool IsRunning(int processId)
    {
        var stat = $"/proc/{processId}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        var fields = File.ReadAllText(stat);
        return fields[(fields.LastIndexOf(')') + 2)..].StartsWith('Z') is false;
    }

    private static string DatabaseName(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}