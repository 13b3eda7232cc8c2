// The signed-in user as the behaviours see it; WebUI reads it from claims, tests set it by hand.
namespace Sched.Application.UnitTests.Support;

public sealed class FakeCurrentUser : ICurrentUser
{
    public string? UserId { get; set; }

    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;

    public DayOfWeek FirstDayOfWeek { get; set; } = DayOfWeek.Monday;

    public string? ClientAddress { get; set; } = "192.0.2.1";
}
