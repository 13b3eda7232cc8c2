// GetCalendarFeedQuery: a token opens its owner's appointments in the feed's window, as iCalendar, with
// validators that change exactly when the bytes do; any other token is not found.
using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Commands.DeleteAppointment;
using Sched.Application.Appointments.Commands.UpdateAppointment;
using Sched.Application.CalendarFeeds.Commands.RegenerateCalendarFeed;
using Sched.Application.CalendarFeeds.Commands.TurnOffCalendarFeed;
using Sched.Application.CalendarFeeds.Queries.GetCalendarFeed;
using Sched.Application.UnitTests.Appointments;

namespace Sched.Application.UnitTests.CalendarFeeds;

public sealed class GetCalendarFeedQueryTests : AppointmentUseCaseTests
{
    [Fact]
    public async Task A_token_opens_its_owners_appointments_without_anyone_signed_in()
    {
        await AddAppointmentAsync("Dentist, then lunch", Local(2026, 3, 10, 9, 30));
        await AddAppointmentAsync("Holiday", Local(2026, 4, 1), Local(2026, 4, 3), allDay: true);
        await AddAppointmentForAsync(GraceId, "Grace's", Utc(2026, 3, 10, 12));
        var token = await Host.SendAsync(new RegenerateCalendarFeedCommand());
        ActAs(null);

        var feed = await FeedAsync(token);

        var events = CalendarText.Parse(feed.Content).Events.OrderBy(e => e.DtStart).ToList();
        events.Select(e => e.Summary).Should().Equal("Dentist, then lunch", "Holiday");
        var holiday = CalendarText.EventLines(CalendarText.ContentLines(feed.Content), events[1].Uid!);
        holiday.Should().Contain(["DTSTART;VALUE=DATE:20260401", "DTEND;VALUE=DATE:20260404"]);
        feed.ETag.Should().MatchRegex("^\"[0-9a-f]{64}\"$");
        feed.LastModified.Should().Be(SchedTestHost.Start);
    }

    [Fact]
    public async Task The_feed_holds_what_touches_the_last_90_days_and_the_next_730()
    {
        var now = SchedTestHost.Start.UtcDateTime;
        await Host.SendAsync(new Sched.Application.Appointments.Commands.CreateAppointment.CreateAppointmentCommand(
            "Ended just before the window", now.AddDays(-91), now.AddDays(-90).AddMinutes(-1), false, null, null, AllowOverlap: true));
        await AddAppointmentAsync("Ends inside the window", now.AddDays(-91), now.AddDays(-89));
        await AddAppointmentAsync("Starts at the far edge", now.AddDays(730).AddMinutes(-1));
        await AddAppointmentAsync("Starts after the window", now.AddDays(730));
        var token = await Host.SendAsync(new RegenerateCalendarFeedCommand());

        var feed = await FeedAsync(token);

        CalendarText.Parse(feed.Content).Events.Select(e => e.Summary).Should().BeEquivalentTo("Ends inside the window", "Starts at the far edge");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("../../etc/passwd")]
    public async Task Any_token_that_opens_no_feed_is_not_found(string token)
    {
        await Host.SendAsync(new RegenerateCalendarFeedCommand());

        var read = () => FeedAsync(token);

        await read.Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task A_regenerated_token_replaces_the_old_one_at_once()
    {
        var old = await Host.SendAsync(new RegenerateCalendarFeedCommand());

        var fresh = await Host.SendAsync(new RegenerateCalendarFeedCommand());

        fresh.Should().NotBe(old);
        await FeedAsync(fresh);
        var readOld = () => FeedAsync(old);
        await readOld.Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task A_feed_turned_off_is_not_found()
    {
        var token = await Host.SendAsync(new RegenerateCalendarFeedCommand());

        await Host.SendAsync(new TurnOffCalendarFeedCommand());

        var read = () => FeedAsync(token);
        await read.Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task The_validators_stay_while_nothing_changes_and_move_on_an_edit_or_a_deletion()
    {
        var id = await AddAppointmentAsync("Dentist", Local(2026, 3, 10, 9, 30));
        await AddAppointmentAsync("Review", Local(2026, 3, 11, 9, 30));
        var token = await Host.SendAsync(new RegenerateCalendarFeedCommand());
        var first = await FeedAsync(token);

        Host.Clock.Advance(TimeSpan.FromMinutes(10));
        var unchanged = await FeedAsync(token);
        Host.Clock.Advance(TimeSpan.FromMinutes(10));
        await Host.SendAsync(new UpdateAppointmentCommand(id, "Dentist", Local(2026, 3, 10, 10, 0), null, false, null, null, AllowOverlap: true));
        var edited = await FeedAsync(token);
        Host.Clock.Advance(TimeSpan.FromMinutes(10));
        await Host.SendAsync(new DeleteAppointmentCommand(id));
        var deleted = await FeedAsync(token);

        (unchanged.ETag, unchanged.LastModified).Should().Be((first.ETag, first.LastModified));
        edited.ETag.Should().NotBe(first.ETag);
        edited.LastModified.Should().Be(SchedTestHost.Start.AddMinutes(20));
        deleted.ETag.Should().NotBe(edited.ETag);
        deleted.LastModified.Should().Be(SchedTestHost.Start.AddMinutes(30), "a deletion changes the feed although no appointment was saved");
    }

    [Fact]
    public async Task Last_modified_is_in_whole_seconds()
    {
        Host.Clock.Advance(TimeSpan.FromMilliseconds(1_234));
        var token = await Host.SendAsync(new RegenerateCalendarFeedCommand());

        var feed = await FeedAsync(token);

        feed.LastModified.Should().Be(SchedTestHost.Start.AddSeconds(1));
    }

    [Fact]
    public async Task Only_the_tokens_hash_is_stored()
    {
        var token = await Host.SendAsync(new RegenerateCalendarFeedCommand());

        var stored = await Host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().CalendarFeeds.AsNoTracking().SingleAsync());

        token.Should().MatchRegex("^[A-Za-z0-9_-]{43}$", "256 random bits in base64url");
        stored.TokenHash.Should().NotContain(token).And.Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))));
        stored.OwnerId.Should().Be(AdaId);
    }

    private Task<CalendarFeedFile> FeedAsync(string token) => Host.SendAsync(new GetCalendarFeedQuery(token));
}
