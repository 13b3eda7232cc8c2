// A throwaway PostgreSQL cluster for tests: there is no Docker engine here, so the tests run the
// installed PostgreSQL binaries (./test.sh installs them) on a temp folder and a free loopback port,
// hand each test app an empty database of its own, and delete everything afterwards.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Sched.TestSupport;

public sealed class PostgresServer : IAsyncDisposable
{
    private const string FolderPrefix = "sched-pg-";
    private const string OwnerFileName = "owner";
    private const string SuperUser = "sched";
    private const string ServerUser = "postgres";
    private const string BinFolderVariable = "SCHED_PG_BIN";
    private const string InstalledVersionsFolder = "/usr/lib/postgresql";

    // A folder of a crashed run may have no owner file yet (it died between the two steps); one that
    // young may instead belong to a run starting right now, so it is left alone.
    private static readonly TimeSpan OwnerlessFolderGrace = TimeSpan.FromHours(1);
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    private static readonly Lazy<Task<PostgresServer>> SharedServer = new(() => LaunchAsync(isShared: true, CancellationToken.None));

    private readonly string _binFolder;
    private readonly bool _isShared;
    private bool _running;
    private int _disposed;

    private PostgresServer(string binFolder, string folder, int port, bool isShared)
    {
        _binFolder = binFolder;
        Folder = folder;
        Port = port;
        _isShared = isShared;
    }

    /// <summary>The temp folder holding the cluster (data/), its log and its Unix socket.</summary>
    public string Folder { get; }

    public int Port { get; }

    public string DataFolder => Path.Combine(Folder, "data");

    public string LogPath => Path.Combine(Folder, "log");

    /// <summary>The <c>postgres</c> maintenance database, as the superuser.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    /// <summary>
    /// One server for the whole test process, started on first use and stopped when the process ends.
    /// Tests share it through databases of their own; a test that stops the server needs
    /// <see cref="StartNewAsync"/> instead.
    /// </summary>
    public static Task<PostgresServer> GetSharedAsync() => SharedServer.Value;

    /// <summary>A private server, for a test that stops and starts it; dispose it when done.</summary>
    public static Task<PostgresServer> StartNewAsync(CancellationToken cancellationToken = default) =>
        LaunchAsync(isShared: false, cancellationToken);

    /// <summary>Creates a new empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var name = $"sched_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {QuoteIdentifier(name)}", cancellationToken);
        return ConnectionStringFor(name);
    }

    /// <summary>Drops the database even while connections to it are open (the name is the connection string's Database).</summary>
    public async Task DropDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync($"DROP DATABASE IF EXISTS {QuoteIdentifier(name)} WITH (FORCE)", cancellationToken);
        // The pool would otherwise keep connections that the drop has already closed on the server side.
        using var connection = new NpgsqlConnection(ConnectionStringFor(name));
        NpgsqlConnection.ClearPool(connection);
    }

    /// <summary>Takes the server down (a clean shutdown) until <see cref="StartAsync(CancellationToken)"/>; its data is kept.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_isShared)
        {
            throw new InvalidOperationException("Other tests use the shared PostgreSQL server: stop a private one from PostgresServer.StartNewAsync() instead.");
        }

        EnsureNotDisposed();
        await RunPgCtlAsync(["-D", DataFolder, "-m", "fast", "-w", "stop"], cancellationToken);
        _running = false;
        // Pooled connections to the stopped server are dead sockets; without this a test's first
        // query after a restart could fail on one of them.
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Starts the server again on the same port with the same data, and waits until it accepts connections.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        EnsureNotDisposed();
        if (_running)
        {
            throw new InvalidOperationException($"The PostgreSQL server in {Folder} is already running.");
        }

        // fsync=off: a throwaway test cluster need not survive a power cut, so no commit or
        // CREATE DATABASE waits for the disk. Each test app has a pool on a database of its own, so the
        // default of 100 connections is raised.
        var options = $"-p {Port} -k '{Folder}' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200";
        await RunPgCtlAsync(["-D", DataFolder, "-o", options, "-l", LogPath, "-w", "start"], cancellationToken);
        _running = true;
        await WaitUntilAcceptingConnectionsAsync(cancellationToken);
    }

    /// <summary>Stops the server at once and deletes its folder. The shared server ignores this: it is stopped when the process ends.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_isShared || Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await StopAndDeleteAsync();
    }

    private static async Task<PostgresServer> LaunchAsync(bool isShared, CancellationToken cancellationToken)
    {
        var binFolder = FindBinFolder();
        await RemoveAbandonedServersAsync(binFolder);

        var folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        using (var self = Process.GetCurrentProcess())
        {
            await File.WriteAllTextAsync(
                Path.Combine(folder, OwnerFileName),
                FormattableString.Invariant($"{Environment.ProcessId} {self.StartTime.ToUniversalTime().Ticks}"),
                cancellationToken);
        }

        var server = new PostgresServer(binFolder, folder, FreeLoopbackPort(), isShared);
        try
        {
            await server.WatchOwnerAsync(cancellationToken);
            await server.InitializeClusterAsync(cancellationToken);
            await server.StartAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.StopAndDeleteAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts a detached shell that stops the server and deletes its folder once this test process is
    /// gone. AppDomain.ProcessExit cannot do it: the test host is killed a few milliseconds into its
    /// exit handlers (seen here: pg_ctl stop ran, the folder was never deleted), and a crashed or
    /// killed run never gets there at all. The shell ends by itself when the folder is deleted first.
    /// </summary>
    private Task WatchOwnerAsync(CancellationToken cancellationToken)
    {
        const string Watchdog = """
            exec </dev/null >/dev/null 2>&1
            owner=$1 folder=$2
            shift 2
            while [ -e "/proc/$owner" ] && [ -d "$folder" ]; do sleep 1; done
            if [ -e "$folder/data/postmaster.pid" ]; then "$@" -D "$folder/data" -m immediate -w stop; fi
            rm -rf "$folder"
            """;
        var stopCommand = Environment.IsPrivilegedProcess
            ? new[] { "runuser", "-u", ServerUser, "--", Path.Combine(_binFolder, "pg_ctl") }
            : [Path.Combine(_binFolder, "pg_ctl")];
        // setsid --fork: a new session, so the shell outlives the test process and its process group.
        return RunAsync(
            "setsid",
            ["--fork", "sh", "-c", Watchdog, "sched-pg-watchdog", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), Folder, .. stopCommand],
            cancellationToken);
    }

    private async Task InitializeClusterAsync(CancellationToken cancellationToken)
    {
        if (Environment.IsPrivilegedProcess)
        {
            // PostgreSQL refuses to run as root, so the cluster runs as the postgres OS user, which
            // must own the folder: a temp subfolder is created 0700, so root's ownership would lock it out.
            await RunAsync("chown", [ServerUser, Folder], cancellationToken);
            var reachable = await RunAsync("runuser", ["-u", ServerUser, "--", "test", "-w", Folder], cancellationToken, throwOnFailure: false);
            if (reachable.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"The '{ServerUser}' OS user cannot write to {Folder}: a folder above it is closed to other users. " +
                    "Point TMPDIR at a folder it can reach, such as /tmp.");
            }
        }

        // C.UTF-8: byte-order collation, the same on every glibc machine and close to SQLite's BINARY
        // default, so text ordering does not depend on which locales the machine has generated
        // (Debian's slim images have only C, C.UTF-8 and POSIX). --no-sync: nothing here outlives the run.
        await RunAsServerUserAsync(
            Path.Combine(_binFolder, "initdb"),
            ["-D", DataFolder, "-A", "trust", "-U", SuperUser, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
            cancellationToken);
    }

    private async Task WaitUntilAcceptingConnectionsAsync(CancellationToken cancellationToken)
    {
        // pg_ctl -w checks through the Unix socket; the apps connect over TCP, so that is what is awaited.
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await ExecuteAsync("SELECT 1", cancellationToken);
                return;
            }
            catch (NpgsqlException) when (deadline.Elapsed < ReadyTimeout)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        // Unpooled, so management commands never meet a connection left over from before a restart.
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        // A test database holds only test data, and a failing test is easier to read with the detail.
        IncludeErrorDetail = true,
    }.ConnectionString;

    private async Task StopAndDeleteAsync()
    {
        // Immediate: the data is about to be deleted, so there is nothing to shut down cleanly for.
        if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            await RunAsServerUserAsync(Path.Combine(_binFolder, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"], CancellationToken.None, throwOnFailure: false);
        }

        _running = false;
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private void EnsureNotDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);

    private Task<(int ExitCode, string Output)> RunPgCtlAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunAsServerUserAsync(Path.Combine(_binFolder, "pg_ctl"), arguments, cancellationToken, logPath: LogPath);

    /// <summary>
    /// Stops and deletes what earlier test runs left behind, their owner process being gone: a server
    /// whose watchdog was killed too (say, with the whole container), or a folder whose run died mid-start.
    /// </summary>
    private static async Task RemoveAbandonedServersAsync(string binFolder)
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), $"{FolderPrefix}*"))
        {
            if (!IsAbandoned(folder))
            {
                continue;
            }

            try
            {
                var dataFolder = Path.Combine(folder, "data");
                if (File.Exists(Path.Combine(dataFolder, "postmaster.pid")))
                {
                    await RunAsServerUserAsync(Path.Combine(binFolder, "pg_ctl"), ["-D", dataFolder, "-m", "immediate", "-w", "stop"], CancellationToken.None, throwOnFailure: false);
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another test process may be sweeping the same folder, or a run by another user left it;
                // either way it is not this run's to insist on.
            }
        }
    }

    private static bool IsAbandoned(string folder)
    {
        string owner;
        try
        {
            owner = File.ReadAllText(Path.Combine(folder, OwnerFileName));
        }
        catch (FileNotFoundException)
        {
            return DateTime.UtcNow - Directory.GetCreationTimeUtc(folder) > OwnerlessFolderGrace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        var parts = owner.Split(' ');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var processId)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var startTicks))
        {
            return true;
        }

        try
        {
            // The start time tells a live owner from a new process that was given the same id.
            using var process = Process.GetProcessById(processId);
            return (process.StartTime.ToUniversalTime() - new DateTime(startTicks, DateTimeKind.Utc)).Duration() > TimeSpan.FromSeconds(2);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return true;
        }
    }

    private static string FindBinFolder()
    {
        var configured = Environment.GetEnvironmentVariable(BinFolderVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(Path.Combine(configured, "initdb"))
                ? configured
                : throw new InvalidOperationException($"{BinFolderVariable} is {configured}, but there is no initdb in it.");
        }

        var newest = Directory.Exists(InstalledVersionsFolder)
            ? Directory.EnumerateDirectories(InstalledVersionsFolder)
                .Select(version => (Version: decimal.TryParse(Path.GetFileName(version), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : -1m, Bin: Path.Combine(version, "bin")))
                .Where(candidate => candidate.Version >= 0 && File.Exists(Path.Combine(candidate.Bin, "initdb")))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault()
            : null;
        return newest ?? throw new InvalidOperationException(
            $"PostgreSQL is not installed: no initdb in {InstalledVersionsFolder}/*/bin (or set {BinFolderVariable}). " +
            "Run ./test.sh, which installs it, or `apt-get install postgresql`.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string QuoteIdentifier(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static Task<(int ExitCode, string Output)> RunAsServerUserAsync(
        string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken, bool throwOnFailure = true, string? logPath = null) =>
        Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", ServerUser, "--", program, .. arguments], cancellationToken, throwOnFailure, logPath)
            : RunAsync(program, arguments, cancellationToken, throwOnFailure, logPath);

    private static async Task<(int ExitCode, string Output)> RunAsync(
        string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken, bool throwOnFailure = true, string? logPath = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var text = $"{await output}{await errors}".Trim();
        if (throwOnFailure && process.ExitCode != 0)
        {
            // pg_ctl's own message is often only "could not start server": the reason is in the server's log.
            var log = logPath is not null && File.Exists(logPath) ? $"\nServer log ({logPath}):\n{await File.ReadAllTextAsync(logPath, CancellationToken.None)}" : string.Empty;
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{text}{log}");
        }

        return (process.ExitCode, text);
    }
}