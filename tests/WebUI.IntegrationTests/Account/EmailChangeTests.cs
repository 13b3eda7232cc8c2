// Changing the address through the real app and a real SMTP server: the account page links to the form,
// the new address gets a link and the old one a notice; the change happens only through the link, after
// which the old address no longer logs in and gets the "address changed" notice. A taken new address
// answers the same and changes nothing.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Account;

public sealed class EmailChangeTests(AppWithMail app) : IClassFixture<AppWithMail>
{
    private const string LinkMailed = "We have mailed a link to the new address. Your address changes when you open it.";

    private SchedAppFactory Factory => app.Factory;

    [Fact]
    public async Task Confirming_at_the_new_address_changes_it_ends_sessions_and_notifies_the_old_one()
    {
        var oldEmail = TestData.NewEmail("old");
        var newEmail = TestData.NewEmail("new");
        using var session = await Factory.CreateSignedInClientAsync(oldEmail);
        (await session.GetPageHtmlAsync("/account/")).Should().Contain("href=\"/account/email/\"");

        using var ask = await session.ChangeEmailAsync($"  {newEmail.ToUpperInvariant()} ", TestData.Password);

        ask.StatusCode.Should().Be(HttpStatusCode.Redirect);
        ask.RedirectTarget().Should().Be("/account/");
        (await session.GetPageHtmlAsync("/account/")).Should().Contain(LinkMailed);
        var requested = await app.Smtp.WaitForMessageToAsync(oldEmail);
        requested.Subject.Should().Be("A new address was asked for your Sched account");
        requested.TextBody.Should().Contain($"from {oldEmail} to {newEmail}");
        var confirmation = await app.Smtp.WaitForMessageToAsync(newEmail);
        confirmation.Subject.Should().Be("Confirm the new address of your Sched account");
        var link = AppWithMail.LinkPath(confirmation);
        link.Should().StartWith("/account/confirm-email/");
        (await Factory.LogsInAsync(oldEmail, TestData.Password)).Should().BeTrue("nothing changes before the link is opened");

        using var mailbox = Factory.CreateBrowserClient();
        (await mailbox.GetPageHtmlAsync(link)).Should().Contain(newEmail);
        using var confirm = await mailbox.ConfirmAsync(link);

        confirm.StatusCode.Should().Be(HttpStatusCode.Redirect);
        confirm.RedirectTarget().Should().Be("/login/");
        (await session.IsSignedInAsync()).Should().BeFalse("every session ends with the change");
        (await Factory.LogsInAsync(oldEmail, TestData.Password)).Should().BeFalse();
        (await Factory.LogsInAsync(newEmail, TestData.Password)).Should().BeTrue();
        (await Factory.CountUsersAsync(oldEmail)).Should().Be(0);
        var changed = await app.Smtp.WaitForMessageToAsync(oldEmail);
        changed.Subject.Should().Be("The address of your Sched account was changed");
        changed.TextBody.Should().Contain($"was changed from {oldEmail} to {newEmail} on");
        AppWithMail.LinkPath(changed).Should().Be("/login/");
        (await mailbox.GetPageHtmlAsync(link)).Should().Contain("This link no longer works");
    }

    [Fact]
    public async Task A_new_address_that_has_an_account_gets_the_same_answer_changes_nothing_and_its_owner_is_told()
    {
        var email = TestData.NewEmail();
        var taken = TestData.NewEmail("taken");
        await Factory.CreateUserAsync(taken);
        using var session = await Factory.CreateSignedInClientAsync(email);

        using var ask = await session.ChangeEmailAsync(taken, TestData.Password);

        ask.StatusCode.Should().Be(HttpStatusCode.Redirect);
        ask.RedirectTarget().Should().Be("/account/");
        (await session.GetPageHtmlAsync("/account/")).Should().Contain(LinkMailed);
        (await app.Smtp.WaitForMessageToAsync(email)).Subject.Should().Be("A new address was asked for your Sched account");
        var notice = await app.Smtp.WaitForMessageToAsync(taken);
        notice.Subject.Should().Be("Someone tried to use your address on Sched");
        AppWithMail.LinkPath(notice).Should().Be("/account/forgot/");
        (await Factory.LogsInAsync(email, TestData.Password)).Should().BeTrue();
        (await Factory.LogsInAsync(taken, TestData.Password)).Should().BeTrue();
    }

    [Fact]
    public async Task A_wrong_password_is_an_error_beside_its_field_and_mails_nothing()
    {
        var email = TestData.NewEmail();
        var newEmail = TestData.NewEmail("new");
        using var session = await Factory.CreateSignedInClientAsync(email);

        using var ask = await session.ChangeEmailAsync(newEmail, "not the password");

        var form = await ask.FormShownAgainAsync();
        PageHtml.FieldError(form, "CurrentPassword").Should().Be("That is not your current password.");
        PageHtml.FieldValue(form, "NewEmail").Should().Be(newEmail);
        await Task.Delay(500);
        app.Smtp.Unread().Should().NotContain(m => m.To.Mailboxes.Any(a => a.Address == email || a.Address == newEmail));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_log_in()
    {
        using var client = Factory.CreateBrowserClient();

        using var page = await client.GetAsync("/account/email/");

        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.RedirectTarget().Should().StartWith("/login/");
    }
}
