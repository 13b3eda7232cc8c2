// DatabaseInitialiser: applies every migration to the database file (safe to repeat), and drops the database.
using Microsoft.EntityFrameworkCore;

namespace Sched.Application.UnitTests.Persistence;

public sealed class DatabaseInitialiserTests : IAsyncLifetime
{
    private readonly SchedTestHost _host = SchedTestHost.WithDatabaseFile();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Migrating_creates_the_database_with_every_migration_applied()
    {
        await MigrateAsync();

        File.Exists(_host.DatabaseFile).Should().BeTrue();
        var pending = await _host.InScopeAsync(sp =>
            sp.GetRequiredService<ApplicationDbContext>().Database.GetPendingMigrationsAsync());
        pending.Should().BeEmpty();
        await _host.AddUserAsync("ada@example.com");
        (await _host.CountUsersAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Migrating_again_is_harmless_and_keeps_the_data()
    {
        await MigrateAsync();
        await _host.AddUserAsync("ada@example.com");

        await MigrateAsync();

        (await _host.CountUsersAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Dropping_deletes_the_database()
    {
        await MigrateAsync();
        await _host.AddUserAsync("ada@example.com");

        await DropAsync();

        File.Exists(_host.DatabaseFile).Should().BeFalse();
    }

    [Fact]
    public async Task Tables_created_after_a_drop_start_empty()
    {
        await MigrateAsync();
        await _host.AddUserAsync("ada@example.com");
        await DropAsync();

        await MigrateAsync();

        (await _host.CountUsersAsync()).Should().Be(0);
    }

    private Task MigrateAsync() => RunAsync((initialiser, ct) => initialiser.MigrateAsync(ct));

    private Task DropAsync() => RunAsync((initialiser, ct) => initialiser.DropAsync(ct));

    private Task RunAsync(Func<DatabaseInitialiser, CancellationToken, Task> work) =>
        _host.InScopeAsync(async sp =>
        {
            await work(sp.GetRequiredService<DatabaseInitialiser>(), CancellationToken.None);
            return true;
        });
}
