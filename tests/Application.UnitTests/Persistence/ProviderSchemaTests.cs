// Each database provider keeps its own migrations (ADR 0017): both sets must describe the current model,
// and the configuration picks the provider or says clearly why it cannot.
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Sched.Application.UnitTests.Persistence;

public sealed class ProviderSchemaTests
{
    [Fact]
    public void The_sqlite_migrations_describe_the_current_model()
    {
        using var connection = new SqliteConnection("DataSource=:memory:");
        using var db = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(connection).Options);

        db.Database.HasPendingModelChanges().Should().BeFalse("a model change needs a SQLite migration (ADR 0017 shows the command)");
    }

    [Fact]
    public void The_postgresql_migrations_describe_the_current_model()
    {
        // Comparing the model with the migrations' snapshot needs no server.
        using var db = new PostgreSqlDbContext(new DbContextOptionsBuilder<PostgreSqlDbContext>().UseNpgsql("Host=localhost").Options);

        db.Database.HasPendingModelChanges().Should().BeFalse("a model change needs a PostgreSQL migration too (ADR 0017 shows the command)");
    }

    [Fact]
    public void Each_provider_finds_only_its_own_migrations()
    {
        using var connection = new SqliteConnection("DataSource=:memory:");
        using var sqlite = new SqliteDbContext(new DbContextOptionsBuilder<SqliteDbContext>().UseSqlite(connection).Options);
        using var postgres = new PostgreSqlDbContext(new DbContextOptionsBuilder<PostgreSqlDbContext>().UseNpgsql("Host=localhost").Options);

        var sqliteMigrations = sqlite.Database.GetMigrations().ToList();
        var postgresMigrations = postgres.Database.GetMigrations().ToList();

        sqliteMigrations.Should().Contain(["20261126103702_InitialCreate", "20261126140550_AllDayDays"], "existing SQLite databases know these ids");
        postgresMigrations.Should().NotBeEmpty().And.NotIntersectWith(sqliteMigrations);
    }

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("Sqlite", DatabaseProvider.Sqlite)]
    [InlineData("postgresql", DatabaseProvider.PostgreSQL)]
    [InlineData(" PostgreSQL ", DatabaseProvider.PostgreSQL)]
    public void The_provider_setting_names_a_provider_in_any_letter_case(string? setting, DatabaseProvider expected) =>
        DatabaseProviderSetting.From(Configuration((DatabaseProviderSetting.ConfigurationKey, setting))).Should().Be(expected);

    [Theory]
    [InlineData("SqlServer")]
    [InlineData("1")]
    public void An_unknown_provider_stops_start_up_with_a_message_naming_the_choices(string setting)
    {
        var read = () => DatabaseProviderSetting.From(Configuration((DatabaseProviderSetting.ConfigurationKey, setting)));

        read.Should().Throw<InvalidOperationException>().WithMessage($"*'{setting}'*Sqlite or PostgreSQL*");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Data Source=sched.db")]
    [InlineData("Database=sched")]
    public void PostgreSQL_without_a_server_in_the_connection_string_stops_start_up(string? connectionString)
    {
        var configuration = Configuration(
            (DatabaseProviderSetting.ConfigurationKey, "PostgreSQL"), ("ConnectionStrings:Sched", connectionString));

        var register = () => new ServiceCollection().AddInfrastructureServices(configuration, new FakeHostEnvironment(Path.GetTempPath()));

        register.Should().Throw<InvalidOperationException>().WithMessage("*must be an Npgsql connection string with a Host*");
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build();
}
