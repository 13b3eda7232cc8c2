// ExpiredSessionSweep: expired session rows are deleted on a timer, so the table does not grow without bound.
using Microsoft.EntityFrameworkCore;
using Sched.Infrastructure.Sessions;

namespace Sched.Application.UnitTests.Sessions;

public sealed class ExpiredSessionSweepTests : IAsyncLifetime
{
    private readonly SchedTestHost _host = SchedTestHost.InMemory();
    private string _userId = string.Empty;

    public async Task InitializeAsync() => _userId = await _host.AddUserAsync("ada@example.com");

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task One_sweep_deletes_ten_thousand_expired_sessions_and_keeps_the_ten_live_ones()
    {
        await StoreSessionsAsync(10_000, expires: SchedTestHost.Start.AddSeconds(-1));
        var live = await StoreSessionsAsync(10, expires: SchedTestHost.Start.AddMinutes(30));

        var removed = await _host.SessionSweep.SweepAsync(CancellationToken.None);

        removed.Should().Be(10_000);
        (await _host.SessionKeysAsync(_userId)).Should().BeEquivalentTo(live);
    }

    [Fact]
    public async Task The_hosted_sweep_runs_once_per_interval()
    {
        await StoreSessionsAsync(3, expires: SchedTestHost.Start.AddMinutes(5));
        var live = await StoreSessionsAsync(1, expires: SchedTestHost.Start.AddHours(1));
        await _host.SessionSweep.StartAsync(CancellationToken.None);
        try
        {
            _host.Clock.Advance(TimeSpan.FromMinutes(9));
            (await _host.SessionKeysAsync(_userId)).Should().HaveCount(4, "the first sweep is due ten minutes after start");

            _host.Clock.Advance(TimeSpan.FromMinutes(1));
            await WaitUntilAsync(async () => (await _host.SessionKeysAsync(_userId)).Count == 1);

            (await _host.SessionKeysAsync(_userId)).Should().BeEquivalentTo(live);
        }
        finally
        {
            await _host.SessionSweep.StopAsync(CancellationToken.None);
        }
    }

    private async Task<List<string>> StoreSessionsAsync(int count, DateTimeOffset expires)
    {
        var sessions = Enumerable.Range(0, count).Select(_ => new UserSession
        {
            Key = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
            UserId = _userId,
            Ticket = [1],
            ExpiresUtc = expires.UtcDateTime,
            Created = SchedTestHost.Start.UtcDateTime,
        }).ToList();
        await _host.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<ApplicationDbContext>();
            db.UserSessions.AddRange(sessions);
            return db.SaveChangesAsync();
        });
        return [.. sessions.Select(s => s.Key)];
    }

    /// <summary>The sweep runs on its own thread after the fake clock ticks; give it a few seconds at most.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }
}
