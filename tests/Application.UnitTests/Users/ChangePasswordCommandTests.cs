// ChangePasswordCommand: the current user replaces their password; their other sessions end, this one goes on.
using Sched.Application.Users.Commands.ChangePassword;

namespace Sched.Application.UnitTests.Users;

public sealed class ChangePasswordCommandTests : SignedInUserTests
{
    private const string NewPassword = "tr0ubadour and a new line";

    [Fact]
    public async Task A_wrong_current_password_is_refused_on_its_field_and_the_password_stays()
    {
        var change = () => ChangePassword("not the password");

        var refusal = await change.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal("CurrentPassword");
        (await Authenticates(TestData.Password)).Should().BeTrue();
        (await Authenticates(NewPassword)).Should().BeFalse();
    }

    [Fact]
    public async Task The_new_password_authenticates_and_the_old_one_no_longer_does()
    {
        await ChangePassword(TestData.Password);

        (await Authenticates(NewPassword)).Should().BeTrue();
        (await Authenticates(TestData.Password)).Should().BeFalse();
    }

    [Fact]
    public async Task Ends_the_users_other_sessions_and_keeps_this_one_and_other_users_sessions()
    {
        await Host.StoreSessionAsync(UserId);
        await Host.StoreSessionAsync(UserId);
        var graceId = await Host.AddUserAsync("grace@example.com");
        var gracesSession = await Host.StoreSessionAsync(graceId);

        await ChangePassword(TestData.Password);

        (await Host.SessionKeysAsync(UserId)).Should().Equal(SessionKey);
        (await Host.SessionKeysAsync(graceId)).Should().Equal(gracesSession);
        Host.Authentication.SignIns.Should().ContainSingle("this session is renewed with the new security stamp")
            .Which.UserId.Should().Be(UserId);
    }

    [Fact]
    public async Task A_refused_change_ends_no_session()
    {
        var otherSession = await Host.StoreSessionAsync(UserId);

        var change = () => ChangePassword("not the password");

        await change.Should().ThrowAsync<ValidationException>();
        (await Host.SessionKeysAsync(UserId)).Should().BeEquivalentTo([SessionKey, otherSession]);
    }

    [Theory]
    [InlineData("", NewPassword, NewPassword, "CurrentPassword")]
    [InlineData(TestData.Password, "1234567", "1234567", "NewPassword")]
    [InlineData(TestData.Password, NewPassword, "tr0ubadour and a new lime", "ConfirmNewPassword")]
    public async Task The_pipeline_refuses_incomplete_input(string current, string newPassword, string confirmation, string invalidField)
    {
        var send = () => Host.SendAsync(new ChangePasswordCommand(current, newPassword, confirmation));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal(invalidField);
        (await Authenticates(TestData.Password)).Should().BeTrue();
    }

    [Fact]
    public async Task The_pipeline_refuses_an_anonymous_caller()
    {
        Host.CurrentUser.UserId = null;

        var change = () => Host.SendAsync(new ChangePasswordCommand(TestData.Password, NewPassword, NewPassword));

        await change.Should().ThrowAsync<NotSignedInException>();
        (await Authenticates(TestData.Password)).Should().BeTrue();
    }

    [Fact]
    public async Task Mails_a_password_changed_notice_with_the_time_in_the_users_zone()
    {
        Host.CurrentUser.TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

        await ChangePassword(TestData.Password);

        var notice = (await Host.OutboxAsync()).Should().ContainSingle().Subject;
        notice.Should().BeEquivalentTo(new { To = Email, Subject = "Your Sched password was changed", Purpose = MailPurpose.PasswordChanged });
        notice.TextBody.Should().Contain("Monday 2 March 2026 at 4:30am (America/New_York)").And.Contain("http://localhost:5241/account/forgot/");
        notice.HtmlBody.Should().Contain("Monday 2 March 2026 at 4:30am (America/New_York)");
    }

    [Fact]
    public async Task A_refused_change_mails_nothing()
    {
        var change = () => ChangePassword("not the password");

        await change.Should().ThrowAsync<ValidationException>();
        (await Host.OutboxAsync()).Should().BeEmpty();
    }

    private Task<Unit> ChangePassword(string currentPassword) =>
        Host.InScopeAsync(sp => ActivatorUtilities.CreateInstance<ChangePasswordCommandHandler>(sp)
            .Handle(new ChangePasswordCommand(currentPassword, NewPassword, NewPassword), CancellationToken.None));

    private Task<bool> Authenticates(string password) => Host.AcceptsCredentialsAsync(Email, password);
}
