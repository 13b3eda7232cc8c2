// Runs a command-line verb in-process as Program does, with stdout and stderr captured. Console is
// process-wide: only test projects that run one test at a time may use it.
using Sched.WebUI.Cli;

namespace Sched.TestSupport;

public static class CommandLine
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IServiceProvider services, params string[] args)
    {
        var (console, errors) = (Console.Out, Console.Error);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var exitCode = await SchedCommandLine.RunAsync(services, args, new StringReader(string.Empty));
            return (exitCode, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(console);
            Console.SetError(errors);
        }
    }
}
