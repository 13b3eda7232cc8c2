// Journey: a newcomer registers, is asked to confirm the address before logging in, opens the mailed
// link (over real SMTP) and logs in; then changes the password, which ends their other session, and from
// then on only the new password opens the account.
namespace Sched.WebUI.BrowserTests;

public sealed class AccountJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Newcomer_registers_changes_password_and_only_the_new_password_logs_in()
    {
        var email = TestData.NewEmail("newcomer");

        await Page.GotoAsync("/register/");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Display name").FillAsync("New Comer");
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestData.Password);
        await Page.GetByLabel("Confirm password").FillAsync(TestData.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("We have sent a mail to the address you gave.");

        await LogInAsync(Page, email);
        await Expect(Page.GetByText("Please confirm your email address")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the link again" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("we have sent it a new link");

        (await Smtp.WaitForMessageToAsync(email)).Subject.Should().Be("Confirm your Sched address");
        var mail = await Smtp.WaitForMessageToAsync(email);
        await Page.GotoAsync(MailLinkPath(mail));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Confirm my address" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/login/$"));
        await Expect(Flash(Page, "Your address is confirmed.")).ToBeVisibleAsync();

        await LogInAsync(Page, email);
        await Expect(Page).ToHaveURLAsync(new Regex("/appointments/$"));
        await Expect(Page.GetByTestId("current-user")).ToHaveTextAsync(email);

        var otherSession = await NewSessionAsync();
        await LogInAsync(otherSession, email);
        await Expect(otherSession.GetByTestId("current-user")).ToHaveTextAsync(email);

        await Page.GetByTestId("current-user").ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Change password" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/account/password/$"));
        await Page.GetByLabel("Current password").FillAsync(TestData.Password);
        await Page.GetByLabel("New password", new() { Exact = true }).FillAsync(TestData.NewPassword);
        await Page.GetByLabel("Confirm new password").FillAsync(TestData.NewPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/account/$"));
        await Expect(Flash(Page, "Your password is changed.")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Display name")).ToHaveValueAsync("New Comer");

        await otherSession.GotoAsync("/appointments/");
        await Expect(otherSession).ToHaveURLAsync(new Regex(@"/login/\?ReturnUrl="));

        await Page.GetByTestId("current-user").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Expect(Flash(Page, "You have been logged out.")).ToBeVisibleAsync();

        await LogInAsync(Page, email, TestData.Password);
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Incorrect username or password.");

        await LogInAsync(Page, email, TestData.NewPassword);
        await Expect(Page).ToHaveURLAsync(new Regex("/appointments/$"));
        await Expect(Page.GetByTestId("current-user")).ToHaveTextAsync(email);
    }
}
