// Journey: two people in two browsers: the second never sees the first one's appointments, not in
// the list and not by typing its address; logging out from the navbar menu ends the session.
namespace Sched.WebUI.BrowserTests;

public sealed class PrivacyJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Second_user_sees_none_of_the_first_users_appointments_and_logs_out_from_the_menu()
    {
        await LogInAsync(Page, await CreateUserAsync("owner"));
        var ownersAppointment = await CreateAppointmentAsync(Page, "Owner's secret meeting", "2030-06-03T09:00", "2030-06-03T10:00");

        var other = await NewSessionAsync();
        var otherEmail = await CreateUserAsync("other");
        await LogInAsync(other, otherEmail);
        await Expect(other).ToHaveURLAsync(new Regex("/appointments/$"));
        await Expect(other.GetByTestId("empty")).ToHaveTextAsync("No appointments.");
        await Expect(other.GetByText("Owner's secret meeting")).ToHaveCountAsync(0);

        var response = await other.GotoAsync(ownersAppointment);
        response!.Status.Should().Be(404);
        await Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
        await Expect(other.GetByText("Owner's secret meeting")).ToHaveCountAsync(0);

        await other.GetByTestId("current-user").ClickAsync();
        await other.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Expect(other).ToHaveURLAsync(new Regex("/login/$"));
        await Expect(Flash(other, "You have been logged out.")).ToBeVisibleAsync();
        await Expect(other.GetByTestId("current-user")).ToHaveCountAsync(0);

        await other.GotoAsync("/appointments/");
        await Expect(other).ToHaveURLAsync(new Regex(@"/login/\?ReturnUrl="));

        await Page.GotoAsync(ownersAppointment);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Owner's secret meeting" })).ToBeVisibleAsync();
    }
}
