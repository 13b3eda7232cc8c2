// Journey: a user turns the calendar feed on at /account/, copies its address with the Copy button, and
// a client with no cookie fetches it; regenerating shows a new address and the copied one stops working.
// Another user then imports the fetched file through /appointments/import/: preview, confirm, list.
using System.Net;

namespace Sched.WebUI.BrowserTests;

public sealed class CalendarFeedJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task User_copies_the_feed_address_from_the_account_page_a_calendar_client_reads_it_and_another_user_imports_it()
    {
        var email = await CreateUserAsync("subscriber");
        await LogInAsync(Page, email);
        await CreateAppointmentAsync(Page, "Dentist, bring card", "2026-12-04T09:30", "2026-12-04T10:00");
        await Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);

        await Page.GotoAsync("/account/");
        await Expect(Page.GetByTestId("feed-state")).ToHaveTextAsync("Your feed is off.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Turn the feed on" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/account/$"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Copy", Exact = true }).ClickAsync();
        await Expect(Page.Locator("[data-copy-status]")).ToHaveTextAsync("Copied.");
        var copied = await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

        await Expect(Page.GetByLabel("Your feed address")).ToHaveValueAsync(copied);
        copied.Should().StartWith(new Uri(new Uri(Page.Url), "/calendar/feed/").ToString()).And.EndWith(".ics");
        using var calendarClient = new HttpClient();
        using var feed = await calendarClient.GetAsync(copied);
        feed.StatusCode.Should().Be(HttpStatusCode.OK);
        var feedFile = await feed.Content.ReadAsByteArrayAsync();
        CalendarText.Parse(feedFile).Events.Should().ContainSingle().Which.Summary.Should().Be("Dentist, bring card");

        await Page.ReloadAsync();
        await Expect(Page.GetByTestId("feed-url")).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Regenerate the address" }).ClickAsync();
        await Expect(Page.GetByLabel("Your feed address")).Not.ToHaveValueAsync(copied);
        (await calendarClient.GetAsync(copied)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        await ImportsAndConfirmsAsync(feedFile);
    }

    /// <summary>A second person chooses the file on the import form, reads the preview and confirms it.</summary>
    private async Task ImportsAndConfirmsAsync(byte[] file)
    {
        var importer = await NewSessionAsync();
        await LogInAsync(importer, await CreateUserAsync("importer"));
        await importer.GotoAsync("/appointments/");
        await importer.GetByRole(AriaRole.Link, new() { Name = "Import (.ics)" }).ClickAsync();
        await importer.GetByLabel("Calendar file (.ics)").SetInputFilesAsync(new FilePayload { Name = "sched.ics", MimeType = "text/calendar", Buffer = file });
        await importer.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        await Expect(importer.GetByTestId("import-count")).ToContainTextAsync("1 appointment will be imported.");
        await Expect(importer.GetByTestId("import-first")).ToContainTextAsync("Dentist, bring card");
        await importer.GetByRole(AriaRole.Button, new() { Name = "Import 1 appointment" }).ClickAsync();

        await Expect(importer).ToHaveURLAsync(new Regex("/appointments/$"));
        await Expect(importer.GetByRole(AriaRole.Status).Filter(new() { HasText = "Imported" })).ToHaveTextAsync(new Regex("Imported 1 appointment\\."));
        await Expect(importer.GetByRole(AriaRole.Link).Filter(new() { HasText = "Dentist, bring card" })).ToBeVisibleAsync();
    }
}
