using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Sched.Infrastructure.Sessions;

/// <summary>
/// Deletes expired sessions every <c>Sched:Session:SweepInterval</c> (default ten minutes). Without
/// it, a session nobody presents again (a closed browser, a lost phone) would stay forever.
/// </summary>
public sealed class ExpiredSessionSweep(DatabaseTicketStore store, SessionSweepSettings settings, TimeProvider clock, ILogger<ExpiredSessionSweep> logger)
    : BackgroundService
{
    private PeriodicTimer? _timer;

    /// <summary>One sweep: deletes every expired session; returns how many.</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken) => store.RemoveExpiredAsync(cancellationToken);

    /// <summary>The interval counts from start-up (ExecuteAsync itself may begin later, on the thread pool).</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = new PeriodicTimer(settings.SweepInterval, clock);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timer = _timer ?? throw new InvalidOperationException("The sweep runs only after StartAsync.");
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var removed = await SweepAsync(stoppingToken);
                logger.LogDebug("Session sweep removed {Count} expired sessions", removed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed sweep (say, the database briefly unreachable) is retried at the next tick.
                logger.LogWarning(ex, "Session sweep failed");
            }
        }
    }
}

/// <summary>Configuration <c>Sched:Session:SweepInterval</c>.</summary>
public sealed record SessionSweepSettings(TimeSpan SweepInterval)
{
    public const string ConfigurationKey = "Sched:Session:SweepInterval";

    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(10);
}
