// Takes the app's log in place of the console: keeps every error with its exception, so a test can say why a 500 happened
// (or, when asked, every entry from a lower level, for a test about what the app logs at all).
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Sched.TestSupport;

public sealed class RecordedErrors(LogLevel minimumLevel = LogLevel.Error) : ILoggerProvider
{
    private readonly ConcurrentQueue<string> errors = new();

    /// <summary>Each entry as "Level Category: message exception", in the order logged.</summary>
    public IReadOnlyList<string> All => [.. errors];

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, minimumLevel, errors);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, LogLevel minimumLevel, ConcurrentQueue<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimumLevel && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
