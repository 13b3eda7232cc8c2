// Journeys: one appointment's whole life in the browser (a form error fixed in place, the list, the
// detail page, an edit, a delete through the page's own script); searching the list and its tabs.
namespace Sched.WebUI.BrowserTests;

public sealed class AppointmentJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Appointment_is_created_after_fixing_an_error_then_viewed_edited_and_deleted_by_script()
    {
        await LogInAsync(Page, await CreateUserAsync("grace"));
        await Expect(Page.GetByTestId("empty")).ToHaveTextAsync("No appointments.");

        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Create an Appointment" }).ClickAsync();
        await Page.GetByLabel("Title").FillAsync("Dentist");
        await Page.GetByLabel("Start").FillAsync("2030-05-01T15:30");
        await Page.GetByLabel("End", new() { Exact = true }).FillAsync("2030-05-01T14:00");
        await Page.GetByLabel("Location").FillAsync("Main Street 4");
        await Page.GetByLabel("Description").FillAsync("Bring the card.\nAsk about the bill.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        await Expect(FieldError(Page, "End")).ToHaveTextAsync("The end cannot be before the start.");
        await Expect(Page.GetByLabel("Title")).ToHaveValueAsync("Dentist");
        await Expect(Page.GetByLabel("Start")).ToHaveValueAsync("2030-05-01T15:30");
        await Expect(Page.GetByLabel("Location")).ToHaveValueAsync("Main Street 4");
        await Expect(Page.GetByLabel("Description")).ToHaveValueAsync("Bring the card.\nAsk about the bill.");

        await Page.GetByLabel("End", new() { Exact = true }).FillAsync("2030-05-01T16:30");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/appointments/$"));
        await Expect(Flash(Page, "Appointment created.")).ToBeVisibleAsync();
        var entry = ListEntry(Page, "Dentist");
        await Expect(entry).ToContainTextAsync("2030-05-01 - Wednesday at 3:30pm");

        await entry.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/appointments/\d+/$"));
        var detailUrl = Page.Url;
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Dentist" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("when")).ToHaveTextAsync("2030-05-01 - Wednesday at 3:30pm for 1 hour");
        await Expect(Page.GetByTestId("location")).ToHaveTextAsync("Main Street 4");
        await Expect(Page.GetByTestId("description").Locator("br")).ToHaveCountAsync(1);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await Expect(Page.GetByLabel("Title")).ToHaveValueAsync("Dentist");
        await Expect(Page.GetByLabel("End", new() { Exact = true })).ToHaveValueAsync("2030-05-01T16:30");
        await Page.GetByLabel("Title").FillAsync("Dentist check-up");
        await Page.GetByLabel("End", new() { Exact = true }).FillAsync("2030-05-01T17:00");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(detailUrl);
        await Expect(Flash(Page, "Appointment updated.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Dentist check-up" })).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("when")).ToHaveTextAsync("2030-05-01 - Wednesday at 3:30pm for 1 hour, 30 minutes");

        var dialogs = new List<string>();
        Page.Dialog += async (_, dialog) =>
        {
            dialogs.Add($"{dialog.Type}: {dialog.Message}");
            await dialog.AcceptAsync();
        };
        var delete = await Page.RunAndWaitForRequestFinishedAsync(
            () => Page.GetByRole(AriaRole.Link, new() { Name = "Delete" }).ClickAsync(),
            new() { Predicate = request => request.Url.EndsWith("/delete/", StringComparison.Ordinal) });

        delete.Method.Should().Be("DELETE", "the script, not the no-script confirmation page, deletes");
        (await delete.ResponseAsync())!.Status.Should().Be(200);
        await Expect(Page).ToHaveURLAsync(new Regex("/appointments/$"));
        dialogs.Should().Equal("confirm: Delete this appointment?");
        await Expect(Flash(Page, "Appointment deleted.")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("empty")).ToHaveTextAsync("No appointments.");
    }

    [Fact]
    public async Task The_list_is_searched_from_its_form_in_any_letter_case_and_the_search_stays_across_its_tabs()
    {
        await LogInAsync(Page, await CreateUserAsync("ada"));
        await CreateAppointmentAsync(Page, "Parents' evening", "2030-05-01T18:00", "2030-05-01T20:00", "École du soir");
        await CreateAppointmentAsync(Page, "Dentist", "2030-05-02T09:00", "2030-05-02T10:00", "Main Street 4");

        var search = Page.GetByRole(AriaRole.Search);
        await search.GetByLabel("Search").FillAsync("ÉCOLE");
        await search.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/appointments/\?q=%C3%89COLE$"));
        await Expect(Page.Locator(".list-group").GetByRole(AriaRole.Link)).ToHaveCountAsync(1);
        await Expect(ListEntry(Page, "Parents' evening")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Upcoming", Exact = true })).ToHaveAttributeAsync("aria-current", "page");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Past", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Past", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(Page.GetByTestId("empty")).ToHaveTextAsync("Nothing matches “ÉCOLE”.");
        await Expect(search.GetByLabel("Search")).ToHaveValueAsync("ÉCOLE");

        await Page.GetByRole(AriaRole.Link, new() { Name = "All", Exact = true }).ClickAsync();
        await Expect(ListEntry(Page, "Parents' evening")).ToBeVisibleAsync();
        await search.GetByLabel("Search").FillAsync("");
        await search.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(Page.Locator(".list-group").GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "All", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
    }
}
