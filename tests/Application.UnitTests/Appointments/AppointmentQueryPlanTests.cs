// The calendar reads by the days of the owner's calendar through its day indexes; the feed's, the list's and the export's
// queries read through the (OwnerId, Start) index, and the feed finds its token by the hash's index: SQLite's plan for the
// very SQL each sends searches those indexes rather than scanning a table.
using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Queries.ExportAppointments;
using Sched.Application.Appointments.Queries.GetAppointments;
using Sched.Application.Appointments.Queries.GetCalendar;
using Sched.Application.CalendarFeeds.Commands.RegenerateCalendarFeed;
using Sched.Application.CalendarFeeds.Queries.GetCalendarFeed;

namespace Sched.Application.UnitTests.Appointments;

public sealed class AppointmentQueryPlanTests : IAsyncLifetime
{
    private readonly CommandRecorder _commands = new();
    private readonly SchedTestHost _host;

    public AppointmentQueryPlanTests() =>
        _host = SchedTestHost.InMemory(services => services.ConfigureDbContext<SqliteDbContext>(options => options.AddInterceptors(_commands)));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task The_month_reads_by_day_through_the_day_indexes_and_never_all_of_its_rows()
    {
        _host.CurrentUser.UserId = await _host.AddUserAsync("ada@example.com");

        await _host.SendAsync(new GetCalendarQuery(CalendarSpan.Month, new DateOnly(2031, 3, 1)));

        var sent = _commands.Sent.Where(c => c.Text.Contains("\"Appointments\"", StringComparison.Ordinal)).ToList();
        sent.Should().HaveCount(1, "the month reads the counts by day, the first of each day and those spanning days in one command");
        var plan = await ExplainAsync(sent[0]);
        plan.Should().Contain(step => step.Contains("SEARCH counts USING INDEX sqlite_autoindex_AppointmentDayCounts_1 (OwnerId=? AND Day>? AND Day<?)", StringComparison.Ordinal),
            "the days' counts are read, not counted from the appointments: " + string.Join(" | ", plan));
        plan.Should().Contain(step => step.Contains("USING COVERING INDEX IX_Appointments_Days (OwnerId=? AND SpansDays=? AND CalendarFirstDay=?)", StringComparison.Ordinal), string.Join(" | ", plan));
        plan.Should().Contain(step => step.Contains("USING INTEGER PRIMARY KEY (rowid=?)", StringComparison.Ordinal), "each day's first rows are read by id, not found by a scan");
        plan.Should().Contain(step => step.Contains("USING INDEX IX_Appointments_SpanningDays (OwnerId=? AND SpansDays=? AND CalendarLastDay>?)", StringComparison.Ordinal), string.Join(" | ", plan));
        plan.Should().NotContain(step => step.StartsWith("SCAN ", StringComparison.Ordinal), "no table is scanned");
        plan.Should().NotContain(step => step.Contains("TEMP B-TREE", StringComparison.Ordinal),
            "the indexes hold each day's rows in the order a day lists them, and those spanning days in the order they are read");
    }

    [Fact]
    public async Task A_week_reads_its_days_through_the_day_indexes()
    {
        _host.CurrentUser.UserId = await _host.AddUserAsync("ada@example.com");

        await _host.SendAsync(new GetCalendarQuery(CalendarSpan.Week, new DateOnly(2031, 3, 4)));

        var sent = _commands.Sent.Where(c => c.Text.Contains("\"Appointments\"", StringComparison.Ordinal)).ToList();
        var plans = new List<string>();
        foreach (var command in sent)
        {
            plans.AddRange(await ExplainAsync(command));
        }

        sent.Should().HaveCount(2);
        plans.Should().Contain(step => step.Contains("USING INDEX IX_Appointments_Days (OwnerId=? AND SpansDays=? AND CalendarFirstDay>? AND CalendarFirstDay<?)", StringComparison.Ordinal), string.Join(" | ", plans));
        plans.Should().NotContain(step => step.StartsWith("SCAN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_feed_finds_its_token_by_the_hashs_index_and_its_appointments_by_owner_and_start()
    {
        _host.CurrentUser.UserId = await _host.AddUserAsync("ada@example.com");
        var token = await _host.SendAsync(new RegenerateCalendarFeedCommand());

        await _host.SendAsync(new GetCalendarFeedQuery(token));

        var lookup = await ExplainAsync(_commands.Sent.Should().ContainSingle(c => c.Text.Contains("WHERE \"c\".\"TokenHash\" = ", StringComparison.Ordinal)).Subject);
        var appointments = await ExplainAsync(_commands.Sent.Should().ContainSingle(c => c.Text.Contains("FROM \"Appointments\"", StringComparison.Ordinal)).Subject);
        lookup.Should().Contain(step => step.Contains("USING INDEX IX_CalendarFeeds_TokenHash (TokenHash=?)", StringComparison.Ordinal));
        appointments.Should().Contain(step => step.Contains("USING INDEX IX_Appointments_OwnerId_Start (OwnerId=? AND Start<?)", StringComparison.Ordinal));
        lookup.Concat(appointments).Should().NotContain(step => step.StartsWith("SCAN", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("upcoming")]
    [InlineData("past")]
    [InlineData("all")]
    public async Task The_list_reads_a_page_in_the_owner_and_start_index_order(string show)
    {
        _host.CurrentUser.UserId = await _host.AddUserAsync("ada@example.com");

        await _host.SendAsync(new GetAppointmentsQuery(Show: show));

        var plan = await ExplainAsync(_commands.Sent.Should().ContainSingle(c => c.Text.Contains("FROM \"Appointments\"", StringComparison.Ordinal) && c.Text.Contains("LIMIT", StringComparison.Ordinal)).Subject);
        plan.Should().Contain(step => step.Contains("USING INDEX IX_Appointments_OwnerId_Start (OwnerId=?)", StringComparison.Ordinal), string.Join(" | ", plan));
        plan.Should().NotContain(step => step.StartsWith("SCAN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_export_reads_the_owners_rows_in_the_owner_and_start_index_order()
    {
        _host.CurrentUser.UserId = await _host.AddUserAsync("ada@example.com");

        await _host.SendAsync(new ExportAppointmentsQuery());

        var plan = await ExplainAsync(_commands.Sent.Should().ContainSingle(c => c.Text.Contains("FROM \"Appointments\"", StringComparison.Ordinal)).Subject);
        plan.Should().Contain(step => step.Contains("USING INDEX IX_Appointments_OwnerId_Start (OwnerId=?)", StringComparison.Ordinal));
        plan.Should().NotContain(step => step.StartsWith("SCAN", StringComparison.Ordinal) || step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    /// <summary>SQLite's plan for the command as it was sent, with the same parameters: one line per step.</summary>
    private Task<List<string>> ExplainAsync(SentCommand sent) =>
        _host.InScopeAsync(async sp =>
        {
            var connection = sp.GetRequiredService<ApplicationDbContext>().Database.GetDbConnection();
            await using var explain = connection.CreateCommand();
            // Each statement of the command explained (the month sends two; none holds a ';' of its own).
            explain.CommandText = string.Join(";", sent.Text.Split(';').Select(statement => "EXPLAIN QUERY PLAN " + statement));
            foreach (var (name, value) in sent.Parameters)
            {
                var parameter = explain.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                explain.Parameters.Add(parameter);
            }

            var steps = new List<string>();
            await using var reader = await explain.ExecuteReaderAsync();
            do
            {
                while (await reader.ReadAsync())
                {
                    steps.Add(reader.GetString(reader.GetOrdinal("detail")));
                }
            }
            while (await reader.NextResultAsync());

            return steps;
        });
}
