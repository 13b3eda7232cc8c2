// Journey: someone who uses no mouse logs in, creates an appointment and deletes it with Tab,
// typing, Enter and Space alone; every control they need must be reachable and usable by keyboard.
namespace Sched.WebUI.BrowserTests;

public sealed class KeyboardJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>More Tab presses than any page here has stops; reaching it means the control is not reachable.</summary>
    private const int MaxTabs = 30;

    [Fact]
    public async Task Keyboard_user_logs_in_and_creates_and_deletes_an_appointment_without_a_mouse()
    {
        var email = await CreateUserAsync("keys");
        var keyboard = Page.Keyboard;

        await Page.GotoAsync("/login/");
        await Expect(Page.GetByLabel("Email")).ToBeFocusedAsync();
        await keyboard.TypeAsync(email);
        await keyboard.PressAsync("Tab");
        await keyboard.TypeAsync(TestData.Password);
        await keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex("/appointments/$"));

        await TabToAsync(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Create an Appointment" }));
        await keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex("/appointments/create/$"));
        await Expect(Page.GetByLabel("Title")).ToBeFocusedAsync();
        await keyboard.TypeAsync("Typed by keyboard");
        await keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("Start")).ToBeFocusedAsync();
        // Chromium's datetime-local in en-US: month, day, year (Tab leaves the year), hour, minute, AM/PM.
        await keyboard.TypeAsync("07042031");
        await keyboard.PressAsync("Tab");
        await keyboard.TypeAsync("0945A");
        await Expect(Page.GetByLabel("Start")).ToHaveValueAsync("2031-07-04T09:45");

        await TabToAsync(Page.GetByLabel("All day"));
        await keyboard.PressAsync("Space");
        await Expect(Page.GetByLabel("All day")).ToBeCheckedAsync();
        await keyboard.PressAsync("Space");
        await Expect(Page.GetByLabel("All day")).Not.ToBeCheckedAsync();
        await keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("Location")).ToBeFocusedAsync();
        await keyboard.TypeAsync("Harbour");
        await TabToAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Create" }));
        await keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Regex("/appointments/$"));
        await Expect(Flash(Page, "Appointment created.")).ToBeVisibleAsync();
        var entry = ListEntry(Page, "Typed by keyboard");
        await Expect(entry).ToContainTextAsync("2031-07-04 - Friday at 9:45am");

        await TabToAsync(entry);
        await keyboard.PressAsync("Enter");
        await Expect(Page.GetByTestId("when")).ToHaveTextAsync("2031-07-04 - Friday at 9:45am for 1 hour");
        Page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await TabToAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Delete" }));
        await keyboard.PressAsync("Enter");

        await Expect(Flash(Page, "Appointment deleted.")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("empty")).ToHaveTextAsync("No appointments.");
    }

    /// <summary>Presses Tab until the control has focus, as a keyboard user would.</summary>
    private async Task TabToAsync(ILocator control)
    {
        for (var presses = 0; presses < MaxTabs; presses++)
        {
            if (await control.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }

            await Page.Keyboard.PressAsync("Tab");
        }

        throw new InvalidOperationException($"{control} did not get focus after {MaxTabs} Tab presses.");
    }
}
