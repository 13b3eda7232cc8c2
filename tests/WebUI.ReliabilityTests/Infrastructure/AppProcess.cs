// Runs the built app (Sched.WebUI.dll) as a child process over a test database: a command-line verb, or the web server on a free loopback port, stopped by SIGKILL or SIGTERM.
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sched.WebUI.ReliabilityTests.Infrastructure;

public sealed partial class AppProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly StringBuilder log;

    private AppProcess(Process process, StringBuilder log, Uri address)
    {
        this.process = process;
        this.log = log;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the server printed so far, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>
    /// The app as built: the test project references WebUI, so its dll, runtimeconfig and deps are
    /// copied next to the tests, with or without an artifacts path.
    /// </summary>
    public static string DllPath
    {
        get
        {
            var dll = typeof(Program).Assembly.Location;
            var runtimeConfig = Path.ChangeExtension(dll, ".runtimeconfig.json");
            return File.Exists(runtimeConfig) ? dll : throw new FileNotFoundException("The built app cannot be run from here.", runtimeConfig);
        }
    }

    /// <summary>Runs a command-line verb to its end and returns its exit code and what it printed.</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunCommandAsync(TempDatabase database, params string[] args) =>
        RunCommandAsync(database, [], args);

    /// <summary>Runs a verb with these environment variables on top of the usual ones (say, another database).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunCommandAsync(
        TempDatabase database, (string Name, string Value)[] environment, params string[] args)
    {
        var info = StartInfo(database, args);
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>
    /// Starts the web server on 127.0.0.1 with a port the OS picks, and waits until it listens; the
    /// environment variables given (e.g. <c>Logging__Console__FormatterName=json</c>) come on top of the usual ones.
    /// </summary>
    public static async Task<AppProcess> StartServerAsync(TempDatabase database, params (string Name, string Value)[] environment)
    {
        var log = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var info = StartInfo(database, "--urls", "http://127.0.0.1:0");
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        DataReceivedEventHandler record = (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(line.Data);
            }

            if (ListeningOn().Match(LogMessage(line.Data)) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["address"].Value));
            }
        };
        process.OutputDataReceived += record;
        process.ErrorDataReceived += record;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The app exited before listening:\n{log}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return new AppProcess(process, log, await listening.Task.WaitAsync(StartTimeout));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, no finally blocks, as when the machine's OOM killer strikes.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>
    /// SIGTERM, as an orchestrator or <c>systemctl stop</c> sends it: the app stops taking connections,
    /// finishes what is in flight and exits. Returns at once; <see cref="WaitForExitAsync"/> waits.
    /// </summary>
    public void Terminate()
    {
        if (Kill(process.Id, SigTerm) != 0)
        {
            throw new InvalidOperationException($"SIGTERM could not be sent: errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    /// <summary>Waits for the app to exit on its own and returns its exit code; throws when it takes longer than the timeout.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The app did not exit within {timeout.TotalSeconds:F0} s:\n{Log}");
        }

        return process.ExitCode;
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static ProcessStartInfo StartInfo(TempDatabase database, params string[] args)
    {
        var dll = DllPath;
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Verbs read no command-line settings, so the database is given through the environment.
        info.Environment["ConnectionStrings__Sched"] = database.ConnectionString;
        info.Environment["Sched__RateLimit__SignInPermitsPerMinute"] = "100000";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return info;
    }

    /// <summary>
    /// The message of a log line: a line of the JSON console formatter (<c>Logging__Console__FormatterName=json</c>)
    /// is an object whose Message holds it; a line of the plain formatter is the message itself.
    /// </summary>
    private static string LogMessage(string line)
    {
        if (!line.StartsWith('{'))
        {
            return line;
        }

        try
        {
            return JsonSerializer.Deserialize<JsonElement>(line).TryGetProperty("Message", out var message) && message.ValueKind == JsonValueKind.String
                ? message.GetString()!
                : line;
        }
        catch (JsonException)
        {
            return line;
        }
    }

    [GeneratedRegex(@"^\s*Now listening on: (?<address>http://127\.0\.0\.1:\d+)$")]
    private static partial Regex ListeningOn();

    // Process.Kill sends SIGKILL only; SIGTERM needs the C library's kill(2).
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
