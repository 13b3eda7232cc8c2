// SetUserActiveCommand: stops a user from signing in, or lets them again; their data stays.
using Sched.Application.CalendarFeeds.Commands.RegenerateCalendarFeed;
using Sched.Application.CalendarFeeds.Queries.GetCalendarFeed;
using Sched.Application.Users.Commands.Authenticate;
using Sched.Application.Users.Commands.SetUserActive;

namespace Sched.Application.UnitTests.Users;

public sealed class SetUserActiveCommandTests : OneUserTests
{
    [Fact]
    public async Task A_deactivated_user_cannot_authenticate()
    {
        await SetActive(Email, active: false);

        (await Authenticates()).Should().BeFalse();
        (await Host.FindUserAsync(Email))!.IsActive.Should().BeFalse();
    }

    [Fact]
    public async Task A_deactivated_user_cannot_log_in()
    {
        await SetActive(Email, active: false);

        var authentication = await Host.SendAsync(new AuthenticateCommand(Email, TestData.Password));

        authentication.Should().Be(new AuthenticationResult(SignInOutcome.Failed, null));
        Host.Authentication.SignIns.Should().BeEmpty();
    }

    [Fact]
    public async Task A_reactivated_user_can_authenticate_again()
    {
        await SetActive(Email, active: false);

        await SetActive(Email, active: true);

        (await Authenticates()).Should().BeTrue();
    }

    [Fact]
    public async Task Trims_and_lower_cases_the_email()
    {
        await SetActive(" ADA@example.com ", active: false);

        (await Host.FindUserAsync(Email))!.IsActive.Should().BeFalse();
    }

    [Fact]
    public async Task Throws_not_found_for_an_unknown_email()
    {
        var setActive = () => SetActive("grace@example.com", active: false);

        await setActive.Should().ThrowAsync<NotFoundException>().WithMessage("*grace@example.com*");
    }

    [Fact]
    public async Task Names_a_malformed_email_in_the_not_found_message_as_the_address_rule_reads_it()
    {
        var setActive = () => SetActive("  Grace AT Example ", active: false);

        // WithMessage ignores case, so the message is compared exactly.
        (await setActive.Should().ThrowAsync<NotFoundException>()).Which.Message.Should().Be("User \"grace at example\" was not found.");
    }

    [Fact]
    public async Task Deactivation_changes_the_security_stamp()
    {
        var stampBefore = (await Host.FindUserAsync(Email))!.SecurityStamp;

        await SetActive(Email, active: false);

        var stampAfter = (await Host.FindUserAsync(Email))!.SecurityStamp;
        stampAfter.Should().NotBeNullOrEmpty().And.NotBe(stampBefore);
    }

    [Fact]
    public async Task Stamps_modified_from_the_clock_and_keeps_created()
    {
        Host.Clock.Advance(TimeSpan.FromDays(3));

        await SetActive(Email, active: false);

        var user = await Host.FindUserAsync(Email);
        user!.Created.Should().Be(SchedTestHost.Start.UtcDateTime);
        user.Modified.Should().Be(SchedTestHost.Start.UtcDateTime.AddDays(3));
    }

    [Fact]
    public async Task Deactivation_ends_every_session_of_the_user_and_no_one_elses()
    {
        var graceId = await Host.AddUserAsync("grace@example.com");
        var gracesSession = await Host.StoreSessionAsync(graceId);
        await Host.StoreSessionAsync(UserId);
        await Host.StoreSessionAsync(UserId);

        await SetActive(Email, active: false);

        (await Host.SessionKeysAsync(UserId)).Should().BeEmpty();
        (await Host.SessionKeysAsync(graceId)).Should().Equal(gracesSession);
    }

    [Fact]
    public async Task Deactivation_turns_the_users_calendar_feed_off_and_reactivation_does_not_turn_it_on()
    {
        Host.CurrentUser.UserId = UserId;
        var token = await Host.SendAsync(new RegenerateCalendarFeedCommand());
        Host.CurrentUser.UserId = null;

        await SetActive(Email, active: false);
        await SetActive(Email, active: true);

        var read = () => Host.SendAsync(new GetCalendarFeedQuery(token));
        await read.Should().ThrowAsync<NotFoundException>("the feed URL is a credential, and deactivation ends every credential");
    }

    [Fact]
    public async Task Reactivation_keeps_the_users_sessions()
    {
        var session = await Host.StoreSessionAsync(UserId);

        await SetActive(Email, active: true);

        (await Host.SessionKeysAsync(UserId)).Should().Equal(session);
    }

    [Fact]
    public async Task The_pipeline_refuses_a_missing_email()
    {
        var send = () => Host.SendAsync(new SetUserActiveCommand("  ", Active: false));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal("Email");
    }

    private Task<Unit> SetActive(string email, bool active) =>
        Host.InScopeAsync(sp => new SetUserActiveCommandHandler(
                sp.GetRequiredService<IAccountService>(), sp.GetRequiredService<ISessionService>(), sp.GetRequiredService<IApplicationDbContext>())
            .Handle(new SetUserActiveCommand(email, active), CancellationToken.None));

    private Task<bool> Authenticates() => Host.AcceptsCredentialsAsync(Email, TestData.Password);
}
