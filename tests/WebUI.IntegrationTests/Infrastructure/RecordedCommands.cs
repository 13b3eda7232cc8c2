// Records the SQL commands EF Core runs in this process, with copies of their parameters, so a test can
// ask the database about the very query the app sent (EXPLAIN it), not about a hand-written copy of it.
using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Sched.WebUI.IntegrationTests.Infrastructure;

/// <summary>One command as it was sent to PostgreSQL.</summary>
public sealed record RecordedCommand(string Text, IReadOnlyList<NpgsqlParameter> Parameters);

/// <summary>
/// Every PostgreSQL command EF Core runs while this is alive whose parameters include the value given
/// (say, a test's own user id, so commands of tests running beside it are left out).
/// </summary>
public sealed class RecordedCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly object _parameterValue;
    private readonly ConcurrentQueue<RecordedCommand> _commands = new();
    private readonly ConcurrentBag<IDisposable> _subscriptions = [];

    // EF Core caches "nobody listens" for up to a second (DbContextOptionsBuilder.ConfigureLoggingCacheTime's
    // default), so a listener added later misses the commands of that second.
    private static readonly TimeSpan EfLoggingCacheTime = TimeSpan.FromSeconds(1);

    private RecordedCommands(object parameterValue)
    {
        _parameterValue = parameterValue;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>Starts recording, and returns once EF Core is sure to have noticed.</summary>
    public static async Task<RecordedCommands> StartAsync(object parameterValue)
    {
        var recorded = new RecordedCommands(parameterValue);
        await Task.Delay(EfLoggingCacheTime * 1.5);
        return recorded;
    }

    public IReadOnlyCollection<RecordedCommand> Commands => _commands;

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(listener.Subscribe(this, name => name == RelationalEventId.CommandExecuting.Name));
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> diagnostic)
    {
        // Copied now: EF Core reuses and disposes the command once it has run.
        if (diagnostic.Value is CommandEventData { Command: NpgsqlCommand command }
            && command.Parameters.Any(p => _parameterValue.Equals(p.Value)))
        {
            _commands.Enqueue(new RecordedCommand(command.CommandText, command.Parameters.Select(p => p.Clone()).ToList()));
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
