// Checks the shared test host itself: each factory runs on a real database of its own (a SQLite file, or a
// PostgreSQL database on the test run's server) and leaves nothing behind.
using Npgsql;

namespace Sched.WebUI.IntegrationTests;

public sealed class SchedAppFactoryTests
{
    [Fact]
    public async Task Each_factory_uses_its_own_sqlite_file_and_deletes_it_when_disposed()
    {
        string databasePath;
        await using (var factory = SchedAppFactory.WithSettings(("Sched:Database:Provider", "Sqlite")))
        {
            await using var other = SchedAppFactory.WithSettings(("Sched:Database:Provider", "Sqlite"));
            await factory.CreateUserAsync(TestData.NewEmail());
            databasePath = factory.Database.Path;

            File.Exists(databasePath).Should().BeTrue("the app creates its database file at start-up");
            other.Database.Path.Should().NotBe(databasePath);
        }

        File.Exists(databasePath).Should().BeFalse();
        File.Exists($"{databasePath}-wal").Should().BeFalse();
        File.Exists($"{databasePath}-shm").Should().BeFalse();
    }

    [Fact]
    public async Task Each_factory_on_postgresql_uses_its_own_database_and_drops_it_when_disposed()
    {
        var email = TestData.NewEmail();
        string connectionString;
        await using (var factory = SchedAppFactory.WithSettings(("Sched:Database:Provider", "PostgreSQL")))
        {
            await using var other = SchedAppFactory.WithSettings(("Sched:Database:Provider", "PostgreSQL"));
            await factory.CreateUserAsync(email);
            await other.CreateUserAsync(TestData.NewEmail());
            connectionString = factory.ConnectionString;

            (await factory.CountUsersAsync(email)).Should().Be(1);
            (await other.CountUsersAsync(email)).Should().Be(0, "the other factory's database is another database");
        }

        await using var connection = new NpgsqlConnection(connectionString);
        var open = () => connection.OpenAsync();
        (await open.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InvalidCatalogName);
    }
}
