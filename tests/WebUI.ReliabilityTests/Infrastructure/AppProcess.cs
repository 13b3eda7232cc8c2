// Runs the built app (Sched.WebUI.dll) as a child process over a test database: a command-line verb, or the web server on a free loopback port.
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Sched.WebUI.ReliabilityTests.Infrastructure;

public sealed partial class AppProcess : IAsyncDisposable
{
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
    public static async Task<(int ExitCode, string Output, string Error)> RunCommandAsync(TempDatabase database, params string[] args)
    {
        using var process = Process.Start(StartInfo(database, args)) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts the web server on 127.0.0.1 with a port the OS picks, and waits until it listens.</summary>
    public static async Task<AppProcess> StartServerAsync(TempDatabase database)
    {
        var log = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = StartInfo(database, "--urls", "http://127.0.0.1:0"), EnableRaisingEvents = true };
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

            if (ListeningOn().Match(line.Data) is { Success: true } match)
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

    [GeneratedRegex(@"Now listening on: (?<address>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
