// Journey: an anonymous visitor asks for a protected page, is sent to log in, fails once, and lands
// on the page first asked for.
namespace Sched.WebUI.BrowserTests;

public sealed class LoginJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Anonymous_visitor_logs_in_after_a_wrong_password_and_lands_on_the_page_first_asked_for()
    {
        var email = await CreateUserAsync("ada");

        await Page.GotoAsync("/appointments/create/");
        await Expect(Page).ToHaveURLAsync(new Regex(@"/login/\?ReturnUrl=%2Fappointments%2Fcreate%2F$"));
        await Expect(Page.GetByText("Please log in to see your appointments.")).ToBeVisibleAsync();

        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync("not the password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Incorrect username or password.");
        await Expect(Page.GetByLabel("Email")).ToHaveValueAsync(email);

        await Page.GetByLabel("Password").FillAsync(TestData.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/appointments/create/$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Create an Appointment" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("current-user")).ToHaveTextAsync(email);
    }
}
