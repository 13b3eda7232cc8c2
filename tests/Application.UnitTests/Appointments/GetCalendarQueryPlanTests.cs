// The calendar's query reads through the (OwnerId, Start) index: SQLite's plan for the very SQL it sends searches that index by owner and start.
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sched.Application.Appointments.Queries.GetCalendar;

namespace Sched.Application.UnitTests.Appointments;

public sealed class GetCalendarQueryPlanTests : IAsyncLifetime
{
    private readonly CommandRecorder _commands = new();
    private readonly SchedTestHost _host;

    public GetCalendarQueryPlanTests() =>
        _host = SchedTestHost.InMemory(services => services.ConfigureDbContext<SqliteDbContext>(options => options.AddInterceptors(_commands)));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task The_month_query_searches_the_owner_and_start_index_rather_than_scanning_the_table()
    {
        _host.CurrentUser.UserId = await _host.AddUserAsync("ada@example.com");

        await _host.SendAsync(new GetCalendarQuery(CalendarSpan.Month, new DateOnly(2031, 3, 1)));

        var sent = _commands.Sent.Should().ContainSingle(c => c.Text.Contains("FROM \"Appointments\"", StringComparison.Ordinal)).Subject;
        var plan = await ExplainAsync(sent);
        plan.Should().Contain(step => step.Contains("USING INDEX IX_Appointments_OwnerId_Start (OwnerId=? AND Start<?)", StringComparison.Ordinal));
        plan.Should().NotContain(step => step.StartsWith("SCAN", StringComparison.Ordinal));
    }

    /// <summary>SQLite's plan for the command as it was sent, with the same parameters: one line per step.</summary>
    private Task<List<string>> ExplainAsync(SentCommand sent) =>
        _host.InScopeAsync(async sp =>
        {
            var connection = sp.GetRequiredService<ApplicationDbContext>().Database.GetDbConnection();
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sent.Text;
            foreach (var (name, value) in sent.Parameters)
            {
                var parameter = explain.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                explain.Parameters.Add(parameter);
            }

            var steps = new List<string>();
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(reader.GetOrdinal("detail")));
            }

            return steps;
        });

    private sealed record SentCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    /// <summary>Keeps the text and parameters of every query EF Core sends.</summary>
    private sealed class CommandRecorder : DbCommandInterceptor
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
}
