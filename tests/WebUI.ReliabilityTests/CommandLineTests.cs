// The schema verbs and the start-up setting: drop-tables needs --yes, with
// Sched:Database:MigrateOnStartup=false the app starts on an empty database until create-tables runs,
// create-tables makes a PostgreSQL database from nothing with a clean log, and a database that
// cannot be used is one line, not a stack trace.
using Npgsql;
using Sched.WebUI.ReliabilityTests.Infrastructure;

namespace Sched.WebUI.ReliabilityTests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Drop_tables_without_yes_prints_one_line_exits_1_and_keeps_the_data()
    {
        await using var factory = new SchedAppFactory();
        await factory.CreateUserAsync("ada@example.com");

        var (exitCode, stdout, stderr) = await CommandLine.RunAsync(factory.Services, "drop-tables");

        exitCode.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"sched: Dropping deletes all data; confirm with --yes.{Environment.NewLine}");
        factory.Database.UserEmails().Should().Equal("ada@example.com");
    }

    [Fact]
    public async Task Without_migration_on_start_up_the_app_serves_and_create_tables_then_makes_the_schema()
    {
        await using var factory = SchedAppFactory.WithSettings(("Sched:Database:MigrateOnStartup", "false"));
        using var client = factory.CreateBrowserClient();

        (await client.GetAsync("/login/")).StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        File.Exists(factory.Database.Path).Should().BeFalse("nothing migrated the database at start-up");

        var (exitCode, stdout, _) = await CommandLine.RunAsync(factory.Services, "create-tables");
        await factory.CreateUserAsync("ada@example.com");

        exitCode.Should().Be(0);
        stdout.Should().Be($"Tables are up to date.{Environment.NewLine}");
        factory.Database.UserEmails().Should().Equal("ada@example.com");
    }

    [Theory]
    [InlineData("Sqlite", "Data Source=/nonexistent-folder/sched.db", "SQLite Error 14: 'unable to open database file'.")]
    [InlineData("PostgreSQL", "Host=127.0.0.1;Port=1;Database=sched;Username=sched;Timeout=2", "Failed to connect to 127.0.0.1:1")]
    public async Task A_database_that_cannot_be_used_is_one_line_and_exit_1_for_every_verb(string provider, string connectionString, string reason)
    {
        using var workFolder = new TempDatabase();
        (string, string)[] environment = [("Sched__Database__Provider", provider), ("ConnectionStrings__Sched", connectionString)];

        var createTables = await AppProcess.RunCommandAsync(workFolder, environment, "create-tables");
        var createUser = await AppProcess.RunCommandAsync(workFolder, environment, "create-user", "--email", "ada@example.com", "--password", TestData.Password);

        foreach (var (exitCode, stdout, stderr) in new[] { createTables, createUser })
        {
            (exitCode, stdout, stderr).Should().Be((1, string.Empty, $"sched: The database could not be used: {reason}{Environment.NewLine}"));
        }
    }

    [Fact]
    public async Task Create_tables_makes_a_missing_postgresql_database_and_its_schema_and_logs_no_error()
    {
        var server = await PostgresServer.GetSharedAsync();
        var missing = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync());
        await server.DropDatabaseAsync(missing.Database!);
        using var workFolder = new TempDatabase();
        (string, string)[] environment = [("Sched__Database__Provider", "PostgreSQL"), ("ConnectionStrings__Sched", missing.ConnectionString)];

        var (exitCode, stdout, stderr) = await AppProcess.RunCommandAsync(workFolder, environment, "create-tables");
        var again = await AppProcess.RunCommandAsync(workFolder, environment, "create-tables");

        exitCode.Should().Be(0, stderr);
        stdout.Should().Be($"Tables are up to date.{Environment.NewLine}");
        stderr.Should().BeEmpty("a new database is not an error, so nothing is logged as one");
        (again.ExitCode, again.Output, again.Error).Should().Be((0, $"Tables are up to date.{Environment.NewLine}", string.Empty));
        await using (var connection = new NpgsqlConnection(missing.ConnectionString))
        {
            await connection.OpenAsync();
            await using var applied = new NpgsqlCommand("""SELECT count(*) FROM "__EFMigrationsHistory" """, connection);
            ((long)(await applied.ExecuteScalarAsync())!).Should().BePositive();
        }

        await server.DropDatabaseAsync(missing.Database!);
    }
}
