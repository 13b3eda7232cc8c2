// ForgotPasswordCommand: a reset link is queued only for an active account, at most so many an hour per
// address, and the caller learns nothing either way.
using Sched.Application.Users.Commands.ForgotPassword;

namespace Sched.Application.UnitTests.Users;

public sealed class ForgotPasswordCommandTests : OneUserTests
{
    [Fact]
    public async Task Queues_a_reset_link_for_an_active_account_in_text_and_html()
    {
        await Forgot("  ADA@example.com ");

        var mail = (await Host.OutboxAsync()).Should().ContainSingle().Subject;
        mail.Should().BeEquivalentTo(new { To = Email, Subject = "Reset your Sched password", Purpose = MailPurpose.PasswordReset });
        var link = MailLinks.LinkIn(mail.TextBody);
        link.Should().StartWith("http://localhost:5241/account/reset/").And.EndWith("/");
        mail.HtmlBody.Should().Contain($"href=\"{link}\"");
        mail.TextBody.Should().Contain("within 30 minutes");
    }

    [Fact]
    public async Task Queues_nothing_for_an_unknown_address()
    {
        await Forgot("nobody@example.com");

        (await Host.OutboxAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Queues_nothing_for_an_inactive_account()
    {
        await Host.AddUserAsync("grace@example.com", active: false);

        await Forgot("grace@example.com");

        (await Host.OutboxAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Mails_one_address_at_most_three_times_an_hour()
    {
        for (var i = 0; i < 5; i++)
        {
            await Forgot(Email);
            Host.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        (await Host.OutboxAsync()).Should().HaveCount(3);

        Host.Clock.Advance(TimeSpan.FromMinutes(40));
        await Forgot(Email);
        (await Host.OutboxAsync()).Should().HaveCount(4, "the first mail is more than an hour old");
    }

    [Fact]
    public async Task The_pipeline_refuses_a_malformed_address_beside_its_field()
    {
        var send = () => Host.SendAsync(new ForgotPasswordCommand("not an address"));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal("Email");
    }

    /// <summary>The one link in a mail's plain text.</summary>
    private Task<Unit> Forgot(string email) =>
        Host.InScopeAsync(sp => ActivatorUtilities.CreateInstance<ForgotPasswordCommandHandler>(sp)
            .Handle(new ForgotPasswordCommand(email), CancellationToken.None));
}
