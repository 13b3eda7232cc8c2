// Journey: the calendar in the browser: open it from the navbar, step to the next month, open an appointment from the grid.
namespace Sched.WebUI.BrowserTests;

public sealed class CalendarJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_calendar_steps_to_the_next_month_and_opens_an_appointment_from_its_grid()
    {
        await LogInAsync(Page, await CreateUserAsync("calendar"));
        var detail = await CreateAppointmentAsync(Page, "Dentist", "2030-04-09T09:30", "2030-04-09T10:00");

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Calendar" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/calendar/$"));
        await Expect(Page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();

        await Page.GotoAsync("/calendar/2030/03/");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "March 2030" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Next month: April 2030" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/calendar/2030/04/$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "April 2030" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Cell).Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = "Tuesday, 9 April 2030" }) })
            .GetByRole(AriaRole.Link, new() { Name = "9:30am Dentist" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(detail) + "$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Dentist" })).ToBeVisibleAsync();
    }
}
