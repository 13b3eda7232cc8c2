// ResetPasswordCommand: a reset link sets a new password once, within its lifetime; it ends every
// session, clears the lockout, confirms the address and queues the notice in the same save.
using Sched.Application.Users.Commands.ChangePassword;
using Sched.Application.Users.Commands.ForgotPassword;
using Sched.Application.Users.Commands.ResetPassword;
using Sched.Application.Users.Queries.CheckResetLink;
using Sched.Domain.Users;

namespace Sched.Application.UnitTests.Users;

public sealed class ResetPasswordCommandTests : OneUserTests
{
    [Fact]
    public async Task The_link_sets_the_new_password_ends_every_session_and_queues_the_notice()
    {
        await Host.StoreSessionAsync(UserId);
        await Host.StoreSessionAsync(UserId);
        var token = await AskForLinkAsync();

        await Reset(token);

        (await Host.AcceptsCredentialsAsync(Email, TestData.NewPassword)).Should().BeTrue();
        (await Host.AcceptsCredentialsAsync(Email, TestData.Password)).Should().BeFalse();
        (await Host.SessionKeysAsync(UserId)).Should().BeEmpty();
        var notice = (await Host.OutboxAsync()).Last();
        notice.Should().BeEquivalentTo(new { To = Email, Subject = "Your Sched password was changed", Purpose = MailPurpose.PasswordChanged });
        notice.TextBody.Should().Contain("Monday 2 March 2026 at 9:30am (UTC)");
    }

    [Fact]
    public async Task The_link_works_once()
    {
        var token = await AskForLinkAsync();
        await Reset(token);

        var again = () => Reset(token, "yet another passphrase");

        (await again.Should().ThrowAsync<ValidationException>()).Which.Errors[string.Empty]
            .Should().Equal("This link no longer works: it has expired or was already used. Ask for a new one.");
        (await Host.AcceptsCredentialsAsync(Email, TestData.NewPassword)).Should().BeTrue();
        (await Host.SendAsync(new CheckResetLinkQuery(token))).Should().BeFalse();
    }

    [Fact]
    public async Task The_link_works_until_its_lifetime_has_passed()
    {
        var token = await AskForLinkAsync();

        Host.Clock.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        (await Host.SendAsync(new CheckResetLinkQuery(token))).Should().BeTrue();

        Host.Clock.Advance(TimeSpan.FromSeconds(1));
        (await Host.SendAsync(new CheckResetLinkQuery(token))).Should().BeFalse();
        var late = () => Reset(token);
        await late.Should().ThrowAsync<ValidationException>();
        (await Host.AcceptsCredentialsAsync(Email, TestData.Password)).Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_token_that_is_not_ours_does_not_work(string token)
    {
        (await Host.SendAsync(new CheckResetLinkQuery(token))).Should().BeFalse();
        var reset = () => Reset(token);
        await reset.Should().ThrowAsync<ValidationException>();
    }

    [Fact]
    public async Task An_altered_token_does_not_work()
    {
        var token = await AskForLinkAsync();
        var altered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        (await Host.SendAsync(new CheckResetLinkQuery(altered))).Should().BeFalse();
    }

    [Fact]
    public async Task A_password_change_meanwhile_ends_the_link()
    {
        var token = await AskForLinkAsync();
        Host.CurrentUser.UserId = UserId;
        await Host.SendAsync(new ChangePasswordCommand(TestData.Password, "changed meanwhile!", "changed meanwhile!"));

        (await Host.SendAsync(new CheckResetLinkQuery(token))).Should().BeFalse();
    }

    [Fact]
    public async Task A_deactivated_users_link_does_not_work()
    {
        var token = await AskForLinkAsync();
        await Host.InScopeAsync(sp => sp.GetRequiredService<IAccountService>().SetActiveAsync(EmailAddress.Parse(Email), false, CancellationToken.None));

        (await Host.SendAsync(new CheckResetLinkQuery(token))).Should().BeFalse();
    }

    [Fact]
    public async Task The_reset_clears_the_lockout()
    {
        for (var i = 0; i < 5; i++)
        {
            await Host.AcceptsCredentialsAsync(Email, "wrong password");
        }

        (await Host.FindUserAsync(Email))!.LockoutEnd.Should().NotBeNull("five wrong passwords lock the account");
        var token = await AskForLinkAsync();

        await Reset(token);

        var user = (await Host.FindUserAsync(Email))!;
        user.LockoutEnd.Should().BeNull();
        user.AccessFailedCount.Should().Be(0);
        (await Host.AcceptsCredentialsAsync(Email, TestData.NewPassword)).Should().BeTrue();
    }

    [Fact]
    public async Task The_reset_confirms_an_address_that_waited_for_confirming()
    {
        await Host.AddUserAsync("grace@example.com", emailConfirmed: false);
        await Host.SendAsync(new ForgotPasswordCommand("grace@example.com"));
        var token = MailLinks.TokenIn((await Host.OutboxAsync()).Last());

        await Reset(token);

        (await Host.FindUserAsync("grace@example.com"))!.EmailConfirmed.Should().BeTrue("the link came through the address");
    }

    [Theory]
    [InlineData("1234567", "1234567", "NewPassword")]
    [InlineData(TestData.NewPassword, "a brand new passphrasf", "ConfirmNewPassword")]
    public async Task The_pipeline_refuses_a_password_against_the_rules_and_queues_no_notice(string newPassword, string confirmation, string field)
    {
        var token = await AskForLinkAsync();

        var reset = () => Host.SendAsync(new ResetPasswordCommand(token, newPassword, confirmation));

        (await reset.Should().ThrowAsync<ValidationException>()).Which.Errors.Keys.Should().Equal(field);
        (await Host.OutboxAsync()).Should().ContainSingle("only the reset link");
        (await Host.SendAsync(new CheckResetLinkQuery(token))).Should().BeTrue("a refused password leaves the link usable");
    }

    /// <summary>Asks for a link as the forgotten-password page does, and returns the token in the mailed link.</summary>
    private async Task<string> AskForLinkAsync()
    {
        await Host.SendAsync(new ForgotPasswordCommand(Email));
        return MailLinks.TokenIn((await Host.OutboxAsync()).Last());
    }

    private Task<Unit> Reset(string token, string password = TestData.NewPassword) =>
        Host.InScopeAsync(sp => ActivatorUtilities.CreateInstance<ResetPasswordCommandHandler>(sp)
            .Handle(new ResetPasswordCommand(token, password, password), CancellationToken.None));
}
