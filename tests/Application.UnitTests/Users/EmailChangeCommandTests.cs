// RequestEmailChangeCommand and ConfirmEmailChangeCommand: a new address is asked for with the password,
// mailed a link, and the old one a notice; the address changes only through the link, once, and then
// the old address no longer signs in. A new address that has an account changes nothing and answers the same.
using Sched.Application.Users.Commands.ConfirmEmailChange;
using Sched.Application.Users.Commands.RequestEmailChange;
using Sched.Application.Users.Queries.CheckEmailChangeLink;

namespace Sched.Application.UnitTests.Users;

public sealed class EmailChangeCommandTests : OneUserTests
{
    private const string NewEmail = "ada.lovelace@example.org";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Host.CurrentUser.UserId = UserId;
    }

    [Fact]
    public async Task Asking_mails_a_link_to_the_new_address_and_a_notice_to_the_old_and_changes_nothing_yet()
    {
        await Host.SendAsync(new RequestEmailChangeCommand(" Ada.Lovelace@Example.ORG ", TestData.Password));

        var mails = await Host.OutboxAsync();
        mails.Select(m => (m.To, m.Purpose)).Should().Equal(
            (NewEmail, MailPurpose.EmailChangeConfirmation), (Email, MailPurpose.EmailChangeRequested));
        MailLinks.LinkIn(mails[0].TextBody).Should().StartWith("http://localhost:5241/account/confirm-email/");
        mails[1].TextBody.Should().Contain($"On Monday 2 March 2026 at 9:30am (UTC), someone signed in to your Sched account asked to change its address from {Email} to {NewEmail}.");
        MailLinks.LinkIn(mails[1].TextBody).Should().Be("http://localhost:5241/account/forgot/");
        (await Host.FindUserAsync(Email)).Should().NotBeNull();
        (await Host.AcceptsCredentialsAsync(Email, TestData.Password)).Should().BeTrue();
    }

    [Fact]
    public async Task The_link_changes_the_address_normalised_ends_every_session_and_mails_the_old_address()
    {
        await Host.StoreSessionAsync(UserId);
        var token = await AskAsync();

        (await Host.SendAsync(new CheckEmailChangeLinkQuery(token))).Should().Be(NewEmail);
        (await Host.SendAsync(new ConfirmEmailChangeCommand(token))).Should().Be(NewEmail);

        var user = (await Host.FindUserAsync(NewEmail))!;
        user.Id.Should().Be(UserId);
        (user.Email, user.UserName, user.EmailConfirmed).Should().Be((NewEmail, NewEmail, true));
        (await Host.AcceptsCredentialsAsync(NewEmail, TestData.Password)).Should().BeTrue();
        (await Host.AcceptsCredentialsAsync(Email, TestData.Password)).Should().BeFalse();
        (await Host.SessionKeysAsync(UserId)).Should().BeEmpty();
        var notice = (await Host.OutboxAsync()).Last();
        notice.Should().BeEquivalentTo(new { To = Email, Subject = "The address of your Sched account was changed", Purpose = MailPurpose.EmailChanged });
        notice.TextBody.Should().Contain($"was changed from {Email} to {NewEmail} on Monday 2 March 2026 at 9:30am (UTC)");
    }

    [Fact]
    public async Task The_link_works_once_and_until_its_lifetime_has_passed()
    {
        var used = await AskAsync();
        await Host.SendAsync(new ConfirmEmailChangeCommand(used));
        var again = () => Host.SendAsync(new ConfirmEmailChangeCommand(used));
        (await again.Should().ThrowAsync<ValidationException>()).Which.Errors[string.Empty]
            .Should().Equal("This link no longer works: it has expired or was already used.");

        Host.CurrentUser.UserId = UserId;
        await Host.SendAsync(new RequestEmailChangeCommand("third@example.com", TestData.Password));
        var late = MailLinks.TokenIn((await Host.OutboxAsync()).Single(m => m.To == "third@example.com"));
        Host.Clock.Advance(TimeSpan.FromDays(2));
        (await Host.SendAsync(new CheckEmailChangeLinkQuery(late))).Should().BeNull();
        var expired = () => Host.SendAsync(new ConfirmEmailChangeCommand(late));
        await expired.Should().ThrowAsync<ValidationException>();
        (await Host.FindUserAsync(NewEmail)).Should().NotBeNull();
    }

    [Fact]
    public async Task A_new_address_that_has_an_account_answers_the_same_changes_nothing_and_tells_its_owner()
    {
        await Host.AddUserAsync(NewEmail);

        await Host.SendAsync(new RequestEmailChangeCommand(NewEmail, TestData.Password));

        var mails = await Host.OutboxAsync();
        mails.Select(m => (m.To, m.Purpose)).Should().Equal(
            (NewEmail, MailPurpose.AddressInUse), (Email, MailPurpose.EmailChangeRequested));
        (await Host.FindUserAsync(Email))!.Id.Should().Be(UserId);
    }

    [Fact]
    public async Task An_address_taken_by_another_account_before_the_link_is_opened_is_refused_and_changes_nothing()
    {
        var token = await AskAsync();
        await Host.AddUserAsync(NewEmail);

        var confirm = () => Host.SendAsync(new ConfirmEmailChangeCommand(token));

        (await confirm.Should().ThrowAsync<ValidationException>()).Which.Errors[string.Empty]
            .Should().Equal("Another account uses that address now, so yours was not changed.");
        (await Host.FindUserAsync(Email))!.Id.Should().Be(UserId);
        (await Host.OutboxAsync()).Should().NotContain(m => m.Purpose == MailPurpose.EmailChanged);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_on_its_field_and_mails_nothing()
    {
        var ask = () => Host.SendAsync(new RequestEmailChangeCommand(NewEmail, "not the password"));

        (await ask.Should().ThrowAsync<ValidationException>()).Which.Errors["CurrentPassword"]
            .Should().Equal("That is not your current password.");
        (await Host.OutboxAsync()).Should().BeEmpty();
    }

    [Theory]
    [InlineData(" ADA@example.com ", "NewEmail")]
    [InlineData("not an address", "NewEmail")]
    public async Task The_own_or_a_malformed_address_is_refused_on_its_field(string newEmail, string field)
    {
        var ask = () => Host.SendAsync(new RequestEmailChangeCommand(newEmail, TestData.Password));

        (await ask.Should().ThrowAsync<ValidationException>()).Which.Errors.Keys.Should().Equal(field);
    }

    [Fact]
    public async Task An_anonymous_caller_cannot_ask()
    {
        Host.CurrentUser.UserId = null;

        var ask = () => Host.SendAsync(new RequestEmailChangeCommand(NewEmail, TestData.Password));

        await ask.Should().ThrowAsync<NotSignedInException>();
    }

    private async Task<string> AskAsync()
    {
        await Host.SendAsync(new RequestEmailChangeCommand(NewEmail, TestData.Password));
        return MailLinks.TokenIn((await Host.OutboxAsync()).Single(m => m.Purpose == MailPurpose.EmailChangeConfirmation));
    }
}
