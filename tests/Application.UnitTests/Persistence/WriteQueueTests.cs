// Writers of one process take turns at the SQLite database, so none meets SQLITE_BUSY (and
// Microsoft.Data.Sqlite's sleep-and-retry loop); readers are never held up by a writer.
using Microsoft.EntityFrameworkCore;

namespace Sched.Application.UnitTests.Persistence;

public sealed class WriteQueueTests : IAsyncLifetime
{
    private readonly SchedTestHost _host = SchedTestHost.WithDatabaseFile();

    public async Task InitializeAsync() => await _host.InScopeAsync(async sp =>
    {
        await sp.GetRequiredService<DatabaseInitialiser>().MigrateAsync(CancellationToken.None);
        return true;
    });

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_save_waits_for_the_write_in_progress_and_then_completes()
    {
        var entered = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var holding = _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().WriteAsync(
            async _ =>
            {
                entered.SetResult();
                await release.Task;
                return 0;
            },
            CancellationToken.None));
        await entered.Task;

        var saving = _host.AddUserAsync("ada@example.com");
        var reading = _host.CountUsersAsync();

        (await reading).Should().Be(0, "a reader does not queue behind the writer");
        (await Task.WhenAny(saving, Task.Delay(TimeSpan.FromMilliseconds(300)))).Should().NotBe(saving, "the save waits its turn");
        release.SetResult();
        await holding;
        await saving;
        (await _host.CountUsersAsync()).Should().Be(1);
    }

    [Fact]
    public async Task A_write_that_fails_lets_the_next_one_through()
    {
        var failing = () => _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>()
            .WriteAsync<int>(_ => throw new InvalidOperationException("the write failed"), CancellationToken.None));

        await failing.Should().ThrowAsync<InvalidOperationException>();

        await _host.AddUserAsync("ada@example.com");
        (await _host.CountUsersAsync()).Should().Be(1);
    }
}
