// The PostgreSQL schema, made by its own migrations, holds what the SQLite one holds (AppointmentSchemaTests):
// instants as timestamptz, the rules that refuse a row (by column type or CHECK), the (owner, start) index that
// the list's queries can read through, the search column that rows stored before it get filled with .NET's fold,
// the UIDs rows stored before them get, and the confirmed address users stored before confirmation get.
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sched.Infrastructure.Persistence;

namespace Sched.WebUI.IntegrationTests.Persistence;

public sealed class PostgreSqlSchemaTests : IAsyncLifetime
{
    private readonly SchedAppFactory _app = SchedAppFactory.WithSettings(("Sched:Database:Provider", "PostgreSQL"));
    private string _ownerId = string.Empty;

    public async Task InitializeAsync() => _ownerId = await _app.CreateUserAsync(TestData.NewEmail());

    public async Task DisposeAsync() => await _app.DisposeAsync();

    // The lengths are refused by the columns' own types (character varying(n): 22001, string data right
    // truncation), which PostgreSQL applies before any CHECK; so on PostgreSQL the length CHECKs that the
    // schema shares with SQLite are never what refuses a row, and only the time rule reaches its CHECK (23514).
    [Theory]
    [InlineData(255, 255, 10_000, 10, null)]
    [InlineData(256, 1, 1, 10, PostgresErrorCodes.StringDataRightTruncation)]
    [InlineData(1, 256, 1, 10, PostgresErrorCodes.StringDataRightTruncation)]
    [InlineData(1, 1, 10_001, 10, PostgresErrorCodes.StringDataRightTruncation)]
    [InlineData(1, 1, 1, 8, PostgresErrorCodes.CheckViolation)]
    public async Task Too_long_text_is_refused_by_the_column_type_and_an_end_before_the_start_by_the_check(
        int title, int location, int description, int endHour, string? refusedWith)
    {
        var insert = () => ExecuteAsync(
            """
            INSERT INTO "Appointments" ("Uid", "OwnerId", "Title", "Start", "End", "AllDay", "Location", "Description", "Created", "Modified")
            VALUES (gen_random_uuid()::text, @owner, @title, '2026-03-02 09:00Z', @end, FALSE, @location, @description, now(), now())
            """,
            ("owner", _ownerId), ("title", new string('t', title)), ("end", new DateTime(2026, 3, 2, endHour, 0, 0, DateTimeKind.Utc)),
            ("location", new string('l', location)), ("description", new string('d', description)));

        if (refusedWith is null)
        {
            (await insert()).Should().Be(1);
        }
        else
        {
            (await insert.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(refusedWith);
        }
    }

    [Theory]
    [InlineData("TRUE, '2026-03-02', '2026-03-01'")] // all day, ending before it starts
    [InlineData("TRUE, NULL, NULL")] // all day without its days
    [InlineData("FALSE, '2026-03-02', '2026-03-02'")] // timed, with days
    public async Task All_day_rows_without_sound_days_are_refused(string allDayAndDays)
    {
        var insert = () => ExecuteAsync(
            $"""
             INSERT INTO "Appointments" ("Uid", "OwnerId", "Title", "Start", "End", "AllDay", "FirstDay", "LastDay", "Created", "Modified")
             VALUES (gen_random_uuid()::text, @owner, 'Holiday', '2026-03-02 00:00Z', '2026-03-03 00:00Z', {allDayAndDays}, now(), now())
             """,
            ("owner", _ownerId));

        (await insert.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.CheckViolation);
    }

    [Fact]
    public async Task Instants_are_timestamptz_and_the_owner_and_start_index_exists()
    {
        var types = await RowsAsync(
            """
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_name = 'Appointments' AND column_name IN ('Start', 'End', 'Created', 'Modified')
            """);
        var index = await RowsAsync("""SELECT indexdef FROM pg_indexes WHERE tablename = 'Appointments' AND indexname = 'IX_Appointments_OwnerId_Start'""");

        types.Select(row => row[1]).Should().HaveCount(4).And.OnlyContain(type => type == "timestamp with time zone");
        index.Should().ContainSingle().Which[0].Should().EndWith("""("OwnerId", "Start")""");
    }

    // The query EXPLAINed is the one the list sent. A test table is small enough to read whole, which
    // the planner would rightly prefer; with sequential scans off it picks among the indexes instead,
    // so this shows the (owner, start) index can serve the list's filter and order, not what a plan
    // over millions of rows would be.
    [Theory]
    [InlineData("upcoming")]
    [InlineData("past")]
    [InlineData("all")]
    public async Task The_lists_query_reads_through_the_owner_and_start_index(string show)
    {
        var commands = new CommandRecorder();
        using var recording = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<PostgreSqlDbContext>(options => options.AddInterceptors(commands))));
        var email = TestData.NewEmail();
        var ownerId = await _app.CreateUserAsync(email);
        using var client = recording.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.LogInSuccessfullyAsync(email, TestData.Password);

        using var list = await client.GetAsync($"/appointments/?show={show}");

        list.StatusCode.Should().Be(HttpStatusCode.OK);
        var query = commands.Sent.Should()
            .ContainSingle(c => c.Text.Contains("ORDER BY") && c.Parameters.Any(p => ownerId.Equals(p.Value)), "the page is the one ordered query about the owner").Subject;
        (await ExplainWithoutSequentialScansAsync(query)).Should()
            .MatchRegex(@"Index Scan (Backward )?using ""IX_Appointments_OwnerId_Start""", "past reads the index backward, the others forward");
    }

    [Fact]
    public async Task Rows_stored_without_search_text_get_the_folded_text_of_every_letter_when_the_database_is_migrated()
    {
        // As a row from before the AppointmentSearch migration: the column's default, empty.
        await ExecuteAsync(
            """
            INSERT INTO "Appointments" ("Uid", "OwnerId", "Title", "Start", "End", "AllDay", "Location", "Description", "Created", "Modified")
            VALUES (gen_random_uuid()::text, @owner, 'ÄRZTE-Treffen', '2031-03-02 09:00Z', '2031-03-02 10:00Z', FALSE, 'École', NULL, now(), now())
            """,
            ("owner", _ownerId));

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().MigrateAsync(CancellationToken.None);
        }

        (await RowsAsync("""SELECT "SearchText" FROM "Appointments" WHERE "OwnerId" = '""" + _ownerId + "'"))
            .Should().ContainSingle().Which.Should().Equal("ärzte-treffen\nécole");
    }

    [Fact]
    public async Task Rows_stored_before_the_appointment_uids_get_distinct_uids_at_sequence_zero_when_migrated()
    {
        await MigrateToAsync("20261126175148_FirstDayOfWeek");
        await ExecuteAsync(
            """
            INSERT INTO "Appointments" ("OwnerId", "Title", "Start", "End", "AllDay", "SearchText", "Created", "Modified")
            VALUES (@owner, 'Dentist', '2031-03-02 09:00Z', '2031-03-02 10:00Z', FALSE, 'dentist', now(), now()),
                   (@owner, 'Review', '2031-03-03 09:00Z', '2031-03-03 10:00Z', FALSE, 'review', now(), now())
            """,
            ("owner", _ownerId));

        await MigrateToAsync(migration: null);

        var rows = await RowsAsync("""SELECT "Uid", "Sequence"::text FROM "Appointments" WHERE "OwnerId" = '""" + _ownerId + "'");
        rows.Should().HaveCount(2).And.OnlyContain(row => Regex.IsMatch(row[0], "^[0-9a-f]{32}@sched$") && row[1] == "0");
        rows.Select(row => row[0]).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Users_stored_before_addresses_were_confirmed_count_as_confirmed_when_migrated()
    {
        await MigrateToAsync("20261126213211_UidIndexFirst");
        await ExecuteAsync("""UPDATE "AspNetUsers" SET "EmailConfirmed" = FALSE WHERE "Id" = @owner""", ("owner", _ownerId));

        await MigrateToAsync(migration: null);

        (await RowsAsync("""SELECT "EmailConfirmed"::text FROM "AspNetUsers" WHERE "Id" = '""" + _ownerId + "'"))
            .Should().ContainSingle().Which.Should().Equal("true");
    }

    /// <summary>Migrates the app's database up or down to the named migration (null: every migration).</summary>
    private async Task MigrateToAsync(string? migration)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().GetService<IMigrator>().MigrateAsync(migration);
    }

    private async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(_app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>PostgreSQL's plan for the query as it was sent, with the same parameters, on a connection that avoids sequential scans.</summary>
    private async Task<string> ExplainWithoutSequentialScansAsync(SentCommand query)
    {
        var settings = new NpgsqlConnectionStringBuilder(_app.ConnectionString) { Options = "-c enable_seqscan=off" };
        return string.Join('\n', await PostgresRows.FirstColumnAsync(settings.ConnectionString, "EXPLAIN " + query.Text, [.. query.Parameters]));
    }

    private async Task<List<string[]>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return rows;
    }
}
