// The account page's feed use cases: turning the feed on (a new token each time), its status, turning it off; signed-in users only.
using Sched.Application.CalendarFeeds.Commands.RegenerateCalendarFeed;
using Sched.Application.CalendarFeeds.Commands.TurnOffCalendarFeed;
using Sched.Application.CalendarFeeds.Queries.GetCalendarFeedStatus;
using Sched.Application.UnitTests.Appointments;

namespace Sched.Application.UnitTests.CalendarFeeds;

public sealed class CalendarFeedAccountTests : AppointmentUseCaseTests
{
    [Fact]
    public async Task The_feed_is_off_until_turned_on_and_says_since_when_on_the_users_clock()
    {
        ActAs(AdaId, Zones.NewYork);
        var before = await Host.SendAsync(new GetCalendarFeedStatusQuery());

        await Host.SendAsync(new RegenerateCalendarFeedCommand());
        var after = await Host.SendAsync(new GetCalendarFeedStatusQuery());

        before.Should().Be(new CalendarFeedStatus(false, null));
        after.IsOn.Should().BeTrue();
        after.Since.Should().Be(SchedTestHost.Start).And.Subject!.Value.Offset.Should().Be(TimeSpan.FromHours(-5));
    }

    [Fact]
    public async Task Turning_off_removes_only_the_users_own_feed_and_may_be_repeated()
    {
        await Host.SendAsync(new RegenerateCalendarFeedCommand());
        ActAs(GraceId);
        await Host.SendAsync(new RegenerateCalendarFeedCommand());
        ActAs(AdaId);

        await Host.SendAsync(new TurnOffCalendarFeedCommand());
        await Host.SendAsync(new TurnOffCalendarFeedCommand());

        (await Host.SendAsync(new GetCalendarFeedStatusQuery())).IsOn.Should().BeFalse();
        ActAs(GraceId);
        (await Host.SendAsync(new GetCalendarFeedStatusQuery())).IsOn.Should().BeTrue();
    }

    [Fact]
    public async Task Nobody_signed_in_can_turn_a_feed_on_or_off_or_read_its_status()
    {
        ActAs(null);

        var regenerate = () => Host.SendAsync(new RegenerateCalendarFeedCommand());
        var turnOff = () => Host.SendAsync(new TurnOffCalendarFeedCommand());
        var status = () => Host.SendAsync(new GetCalendarFeedStatusQuery());

        await regenerate.Should().ThrowAsync<NotSignedInException>();
        await turnOff.Should().ThrowAsync<NotSignedInException>();
        await status.Should().ThrowAsync<NotSignedInException>();
    }
}
