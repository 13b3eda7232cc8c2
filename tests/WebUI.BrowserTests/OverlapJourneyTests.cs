// Journey: an appointment that overlaps another is warned about (focus on the warning, what it overlaps, nothing stored), then saved with "Save anyway".
namespace Sched.WebUI.BrowserTests;

public sealed class OverlapJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_overlapping_appointment_is_warned_about_and_saved_with_Save_anyway()
    {
        await LogInAsync(Page, await CreateUserAsync("lin"));
        var dentist = await CreateAppointmentAsync(Page, "Dentist", "2030-05-01T15:30", "2030-05-01T16:30");

        await Page.GotoAsync("/appointments/create/");
        await Page.GetByLabel("Title").FillAsync("Barber");
        await Page.GetByLabel("Start").FillAsync("2030-05-01T16:00");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        var warning = Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "This overlaps" });
        await Expect(warning).ToBeVisibleAsync();
        await Expect(warning).ToBeFocusedAsync();
        await Expect(warning.GetByRole(AriaRole.Heading, new() { Name = "This overlaps another appointment" })).ToBeVisibleAsync();
        await Expect(warning.GetByRole(AriaRole.Link, new() { Name = "Dentist" })).ToHaveAttributeAsync("href", dentist);
        await Expect(warning.GetByRole(AriaRole.Listitem)).ToHaveTextAsync("Dentist, 2030-05-01 - Wednesday at 3:30pm");
        await Expect(Page.GetByLabel("Title")).ToHaveValueAsync("Barber");
        await Page.GotoAsync("/appointments/");
        await Expect(ListEntry(Page, "Barber")).ToHaveCountAsync(0);

        await Page.GotoAsync("/appointments/create/");
        await Page.GetByLabel("Title").FillAsync("Barber");
        await Page.GetByLabel("Start").FillAsync("2030-05-01T16:00");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await warning.GetByRole(AriaRole.Button, new() { Name = "Save anyway" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/appointments/$"));
        await Expect(Flash(Page, "Appointment created.")).ToBeVisibleAsync();
        await Expect(ListEntry(Page, "Barber")).ToContainTextAsync("2030-05-01 - Wednesday at 4:00pm");
        await Expect(ListEntry(Page, "Dentist")).ToHaveCountAsync(1);
    }
}
