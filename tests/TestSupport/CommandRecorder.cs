// Records the SQL that EF Core sends, with its parameters, so a test can ask the database about the very
// query the app sent (its plan, say), not about a hand-written copy of it.
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sched.TestSupport;

/// <summary>One query as it was sent: its text and each parameter's name and value.</summary>
public sealed record SentCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>Keeps the text and parameters of every query EF Core sends; add it to a context's interceptors.</summary>
public sealed class CommandRecorder : DbCommandInterceptor
{
    private readonly List<SentCommand> _sent = [];

    public IReadOnlyList<SentCommand> Sent
    {
        get
        {
            lock (_sent)
            {
                return [.. _sent];
            }
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        lock (_sent)
        {
            _sent.Add(new SentCommand(command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
