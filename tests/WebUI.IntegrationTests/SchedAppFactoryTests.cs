// Checks the shared test host itself: each factory runs on a real SQLite file of its own and leaves nothing behind.
namespace Sched.WebUI.IntegrationTests;

public sealed class SchedAppFactoryTests
{
    [Fact]
    public async Task Each_factory_uses_its_own_sqlite_file_and_deletes_it_when_disposed()
    {
        string databasePath;
        await using (var factory = new SchedAppFactory())
        {
            await using var other = new SchedAppFactory();
            await factory.CreateUserAsync(TestData.NewEmail());
            databasePath = factory.Database.Path;

            File.Exists(databasePath).Should().BeTrue("the app creates its database file at start-up");
            other.Database.Path.Should().NotBe(databasePath);
        }

        File.Exists(databasePath).Should().BeFalse();
        File.Exists($"{databasePath}-wal").Should().BeFalse();
        File.Exists($"{databasePath}-shm").Should().BeFalse();
    }
}
