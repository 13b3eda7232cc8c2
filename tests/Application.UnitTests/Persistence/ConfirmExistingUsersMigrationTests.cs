// The ConfirmExistingUsers migration takes every user stored before addresses were confirmed as confirmed,
// so an upgrade locks nobody out: those users came from the command line or signed in at registration.
using Microsoft.EntityFrameworkCore;

namespace Sched.Application.UnitTests.Persistence;

public sealed class ConfirmExistingUsersMigrationTests : IAsyncLifetime
{
    private const string MigrationBefore = "20261126213208_UidIndexFirst";

    private readonly SchedTestHost _host = SchedTestHost.WithDatabaseFile();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Users_stored_before_it_count_as_confirmed()
    {
        await _host.MigrateToAsync(MigrationBefore);
        await _host.StoreUserInFirstSchemaAsync("user-from-before");

        await _host.MigrateToAsync(migration: null);

        var confirmed = await _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Users
            .AsNoTracking().Select(u => u.EmailConfirmed).ToListAsync());
        confirmed.Should().Equal(true);
    }
}
