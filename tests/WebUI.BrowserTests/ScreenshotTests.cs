// Screenshots of the login, list, detail, form and calendar (month, week) pages at desktop and phone widths, written to
// screenshots/ beside the test assembly for people to look at; at phone width no page may scroll sideways.
namespace Sched.WebUI.BrowserTests;

public sealed class ScreenshotTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [Fact]
    public async Task Main_pages_render_at_desktop_and_phone_widths_without_sideways_scrolling()
    {
        var email = await CreateUserAsync("Ada", "ada@example.com");
        await LogInAsync(Page, email);
        var detail = await CreateAppointmentAsync(
            Page, "Quarterly planning with the whole design team", "2030-03-12T09:30", "2030-03-12T11:00",
            "Conference room B, 3rd floor", "Agenda:\nRoadmap review\nHiring plan");
        await CreateAppointmentAsync(Page, "Dentist", "2030-03-14T15:30", "2030-03-14T16:30", "Main Street 4");
        await CreateAppointmentAsync(Page, "Lunch with Sam", "2030-03-15T12:00", "2030-03-15T13:15", "Café Central");
        var pages = new (string Name, string Path)[]
        {
            ("list", "/appointments/"),
            ("detail", detail),
            ("calendar-month", "/calendar/2030/03/"),
            ("calendar-week", "/calendar/week/2030-03-12/"),
            ("form", detail + "edit/"), // last: the form's errors are shown on it next
        };
        var signedInState = await Page.Context.StorageStateAsync();

        var overflowing = new List<string>();
        foreach (var (size, viewport) in new[] { ("desktop", Desktop), ("phone", Phone) })
        {
            var anonymous = await NewSessionAsync(viewport);
            await anonymous.GotoAsync("/login/?ReturnUrl=%2Fappointments%2F");
            overflowing.AddRange(await CaptureAsync(anonymous, $"login-{size}"));

            var signedIn = await NewSessionAsync(viewport, signedInState);
            foreach (var (name, path) in pages)
            {
                await signedIn.GotoAsync(path);
                overflowing.AddRange(await CaptureAsync(signedIn, $"{name}-{size}"));
            }

            await signedIn.GetByLabel("End", new() { Exact = true }).FillAsync("2030-03-12T08:00");
            await signedIn.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Expect(FieldError(signedIn, "End")).ToBeVisibleAsync();
            overflowing.AddRange(await CaptureAsync(signedIn, $"form-errors-{size}"));
        }

        overflowing.Should().BeEmpty(
            "no page should be wider than the viewport, but these are (screenshots in {0}):\n{1}",
            Folder, string.Join("\n", overflowing));
    }

    /// <summary>Writes the page's full-length PNG; returns the page's name if it scrolls sideways.</summary>
    private static async Task<IEnumerable<string>> CaptureAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return widths[0] > widths[1] ? [$"{name}: {widths[0]}px wide in a {widths[1]}px viewport"] : [];
    }
}
