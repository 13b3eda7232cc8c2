// Checks the test host itself: each factory runs on a real SQLite file of its own and leaves nothing behind.
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests;

public sealed class SchedWebApplicationFactoryTests
{
    [Fact]
    public async Task Each_factory_uses_its_own_sqlite_file_and_deletes_it_when_disposed()
    {
        string databasePath;
        await using (var factory = new SchedWebApplicationFactory())
        {
            await using var other = new SchedWebApplicationFactory();
            await factory.CreateUserAsync(SchedWebApplicationFactory.NewEmail());
            databasePath = factory.DatabasePath;

            File.Exists(databasePath).Should().BeTrue("the app creates its database file at start-up");
            other.DatabasePath.Should().NotBe(databasePath);
        }

        File.Exists(databasePath).Should().BeFalse();
        File.Exists($"{databasePath}-wal").Should().BeFalse();
        File.Exists($"{databasePath}-shm").Should().BeFalse();
    }
}
