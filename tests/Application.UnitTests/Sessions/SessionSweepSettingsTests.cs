// Sched:Session:SweepInterval: the sweep runs at the configured interval, ten minutes when none is set, and a start-up with a
// zero or negative interval fails with the setting's name rather than sweeping in a tight loop.
using Microsoft.Extensions.Configuration;
using Sched.Infrastructure.Sessions;

namespace Sched.Application.UnitTests.Sessions;

public sealed class SessionSweepSettingsTests
{
    [Theory]
    [InlineData("00:02:00", 2)]
    [InlineData(null, 10)]
    public void The_sweep_takes_the_configured_interval_or_ten_minutes(string? configured, int minutes)
    {
        using var services = SessionsWith(configured).BuildServiceProvider();

        services.GetRequiredService<SessionSweepSettings>().SweepInterval.Should().Be(TimeSpan.FromMinutes(minutes));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:05:00")]
    public void A_zero_or_negative_interval_is_refused_at_start_up(string configured)
    {
        var register = () => SessionsWith(configured);

        register.Should().Throw<InvalidOperationException>().WithMessage("Sched:Session:SweepInterval must be a positive time span*");
    }

    private static IServiceCollection SessionsWith(string? sweepInterval) =>
        new ServiceCollection().AddServerSideSessions(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [SessionSweepSettings.ConfigurationKey] = sweepInterval })
            .Build());
}
