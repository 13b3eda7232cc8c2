// Takes the app's log in place of the console: keeps every error with its exception, so a test can say why a 500 happened.
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Sched.TestSupport;

public sealed class RecordedErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> errors = new();

    public IReadOnlyList<string> All => [.. errors];

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, errors);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<string> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
