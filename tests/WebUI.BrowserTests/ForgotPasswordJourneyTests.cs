// Journey: a user who forgot their password follows the login page's link, gets the mail (over real
// SMTP), opens its link, chooses a new password and logs in with it.
namespace Sched.WebUI.BrowserTests;

public sealed class ForgotPasswordJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_user_gets_back_in_with_only_their_mailbox()
    {
        var email = await CreateUserAsync("ada");

        await Page.GotoAsync("/login/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("If an account uses that address, we have sent a link");

        var mail = await Smtp.WaitForMessageToAsync(email);
        await Page.GotoAsync(MailLinkPath(mail));
        await Page.GetByLabel("New password", new() { Exact = true }).FillAsync(TestData.NewPassword);
        await Page.GetByLabel("Confirm new password").FillAsync(TestData.NewPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Set new password" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/login/$"));
        await Expect(Page.GetByText("Your password is changed")).ToBeVisibleAsync();
        await LogInAsync(Page, email, TestData.NewPassword);
        await Expect(Page.GetByTestId("current-user")).ToHaveTextAsync(email);
        (await Smtp.WaitForMessageToAsync(email)).Subject.Should().Be("Your Sched password was changed");
    }
}
