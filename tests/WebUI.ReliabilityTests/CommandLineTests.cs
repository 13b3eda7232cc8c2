// The schema verbs and the start-up setting: drop-tables needs --yes, and with
// Sched:Database:MigrateOnStartup=false the app starts on an empty database until create-tables runs.
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
}
