// The feed's window comes from Sched:Calendar:FeedPastDays and FeedFutureDays: 90 and 730 days unless set,
// and a setting outside 0–10,000 days stops the app at start-up with a message naming the key.
using Sched.Application.CalendarFeeds.Common;

namespace Sched.Application.UnitTests.CalendarFeeds;

public sealed class CalendarFeedWindowTests
{
    [Fact]
    public void Unset_sides_take_90_days_back_and_730_ahead()
    {
        var window = CalendarFeedWindow.FromSettings(null, 14);
        var now = new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

        (window.PastDays, window.FutureDays).Should().Be((90, 14));
        window.Around(now).Should().Be((now.AddDays(-90), now.AddDays(14)));
        (CalendarFeedWindow.Default.PastDays, CalendarFeedWindow.Default.FutureDays).Should().Be((90, 730));
    }

    [Theory]
    [InlineData(-1, 730, CalendarFeedWindow.PastDaysKey)]
    [InlineData(90, 10_001, CalendarFeedWindow.FutureDaysKey)]
    public void A_number_of_days_outside_the_range_stops_start_up(int pastDays, int futureDays, string key)
    {
        var read = () => CalendarFeedWindow.FromSettings(pastDays, futureDays);

        read.Should().Throw<InvalidOperationException>().WithMessage($"{key} is *0 to 10000*");
    }
}
