// axe-core checks of the main pages (calendar, import, the forgotten-password and the confirmation pages included) as a signed-in (or anonymous) person sees them: no violation
// of impact "serious" or "critical" may appear on any of them.
using Deque.AxeCore.Playwright;

namespace Sched.WebUI.BrowserTests;

public sealed class AccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <summary>An import with something to list and something skipped, so the preview shows both.</summary>
    private static readonly byte[] ImportPreviewFile = System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n",
        "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:axe@example.com", "SUMMARY:Checked by axe", "DTSTART:20300911T110000Z",
        "RRULE:FREQ=WEEKLY", "END:VEVENT", "BEGIN:VTODO", "UID:todo@example.com", "SUMMARY:Buy milk", "END:VTODO", "END:VCALENDAR", string.Empty));

    [Fact]
    public async Task Login_list_detail_form_and_account_pages_have_no_serious_or_critical_axe_violations()
    {
        var found = new List<string>();

        await Page.GotoAsync("/login/");
        found.AddRange(await BlockingViolationsAsync("login"));

        await LogInAsync(Page, await CreateUserAsync("axe"));
        var detail = await CreateAppointmentAsync(Page, "Checked by axe", "2030-09-10T11:00", "2030-09-10T12:00", "Room 2", "Line one\nLine two");
        await Expect(Flash(Page, "Appointment created.")).ToBeVisibleAsync();
        found.AddRange(await BlockingViolationsAsync("list with a flash"));

        await Page.GotoAsync("/appointments/?show=past&q=nothing");
        found.AddRange(await BlockingViolationsAsync("past list, searched, empty"));

        await Page.GotoAsync(detail);
        found.AddRange(await BlockingViolationsAsync("detail"));

        await Page.GotoAsync("/appointments/create/");
        await Page.GetByLabel("Start").FillAsync("2030-09-10T11:00");
        await Page.GetByLabel("End", new() { Exact = true }).FillAsync("2030-09-10T10:00");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(FieldError(Page, "End")).ToBeVisibleAsync();
        found.AddRange(await BlockingViolationsAsync("create form with an error"));

        await Page.GotoAsync("/appointments/create/");
        await Page.GetByLabel("Start").FillAsync("2030-09-10T11:30");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Save anyway" })).ToBeVisibleAsync();
        found.AddRange(await BlockingViolationsAsync("create form with an overlap warning"));

        await Page.GotoAsync("/account/");
        found.AddRange(await BlockingViolationsAsync("account"));

        await Page.GetByRole(AriaRole.Button, new() { Name = "Turn the feed on" }).ClickAsync();
        await Expect(Page.GetByLabel("Your feed address")).ToBeVisibleAsync();
        found.AddRange(await BlockingViolationsAsync("account with a new feed address"));

        await Page.GotoAsync("/account/password/");
        found.AddRange(await BlockingViolationsAsync("change password"));

        await Page.GotoAsync("/appointments/import/");
        await Page.GetByLabel("Calendar file (.ics)").SetInputFilesAsync(new FilePayload { Name = "notes.ics", MimeType = "text/calendar", Buffer = "Not a calendar"u8.ToArray() });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(FieldError(Page, "File")).ToBeVisibleAsync();
        found.AddRange(await BlockingViolationsAsync("import form with an error"));

        await Page.GetByLabel("Calendar file (.ics)").SetInputFilesAsync(new FilePayload { Name = "sched.ics", MimeType = "text/calendar", Buffer = ImportPreviewFile });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(Page.GetByTestId("import-skipped")).ToBeVisibleAsync();
        found.AddRange(await BlockingViolationsAsync("import preview with skipped entries"));

        await Page.GotoAsync("/account/email/");
        found.AddRange(await BlockingViolationsAsync("change email"));

        found.AddRange(await ForgottenPasswordPagesViolationsAsync());
        found.AddRange(await ConfirmationPagesViolationsAsync());

        found.Should().BeEmpty(
            "axe should find no serious or critical violation, but found (page: rule [impact] x nodes: first node):\n{0}",
            string.Join("\n", found));
    }

    /// <summary>The forgotten-password form, its answer, a mailed link's form, and a link that no longer works, as a visitor sees them.</summary>
    private async Task<List<string>> ForgottenPasswordPagesViolationsAsync()
    {
        var found = new List<string>();
        var visitor = await NewSessionAsync();
        var email = await CreateUserAsync("axe-forgot");
        await visitor.GotoAsync("/account/forgot/");
        found.AddRange(await BlockingViolationsAsync("forgotten password", visitor));

        await visitor.GetByLabel("Email").FillAsync(email);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        found.AddRange(await BlockingViolationsAsync("forgotten password, answered", visitor));

        await visitor.GotoAsync(MailLinkPath(await Smtp.WaitForMessageToAsync(email)));
        found.AddRange(await BlockingViolationsAsync("reset link's form", visitor));

        await visitor.GotoAsync("/account/reset/not-a-link/");
        found.AddRange(await BlockingViolationsAsync("reset link that no longer works", visitor));
        return found;
    }

    /// <summary>Registration, its answer, logging in before confirming, a confirmation link's page, and one that no longer works, as a visitor sees them.</summary>
    private async Task<List<string>> ConfirmationPagesViolationsAsync()
    {
        var found = new List<string>();
        var visitor = await NewSessionAsync();
        var email = TestData.NewEmail("axe-register");
        await visitor.GotoAsync("/register/");
        found.AddRange(await BlockingViolationsAsync("register", visitor));

        await visitor.GetByLabel("Email").FillAsync(email);
        await visitor.GetByLabel("Password", new() { Exact = true }).FillAsync(TestData.Password);
        await visitor.GetByLabel("Confirm password").FillAsync(TestData.Password);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        found.AddRange(await BlockingViolationsAsync("registration, answered", visitor));

        await LogInAsync(visitor, email);
        await Expect(visitor.GetByRole(AriaRole.Button, new() { Name = "Send the link again" })).ToBeVisibleAsync();
        found.AddRange(await BlockingViolationsAsync("log in before confirming", visitor));

        await visitor.GotoAsync(MailLinkPath(await Smtp.WaitForMessageToAsync(email)));
        found.AddRange(await BlockingViolationsAsync("confirmation link's page", visitor));

        await visitor.GotoAsync("/account/confirm/not-a-link/");
        found.AddRange(await BlockingViolationsAsync("confirmation link that no longer works", visitor));
        return found;
    }

    [Fact]
    public async Task Calendar_month_week_and_day_pages_have_no_serious_or_critical_axe_violations()
    {
        var found = new List<string>();
        await LogInAsync(Page, await CreateUserAsync("axe-calendar"));
        await CreateAppointmentAsync(Page, "Checked by axe", "2030-09-10T11:00", "2030-09-10T12:00");
        await CreateAppointmentAsync(Page, "Away for three days", "2030-09-09T08:00", "2030-09-11T18:00", saveAnyway: true);

        foreach (var (name, path) in new[] { ("month", "/calendar/2030/09/"), ("this month", "/calendar/"), ("week", "/calendar/week/2030-09-10/"), ("day", "/calendar/day/2030-09-10/") })
        {
            await Page.GotoAsync(path);
            found.AddRange(await BlockingViolationsAsync(name));
        }

        found.Should().BeEmpty(
            "axe should find no serious or critical violation, but found (page: rule [impact] x nodes: first node):\n{0}",
            string.Join("\n", found));
    }

    /// <summary>What axe finds on the page (the test's first session unless another is given).</summary>
    private async Task<IEnumerable<string>> BlockingViolationsAsync(string pageName, IPage? page = null)
    {
        var result = await (page ?? Page).RunAxe();
        return result.Violations
            .Where(violation => BlockingImpacts.Contains(violation.Impact))
            .Select(violation =>
                $"{pageName}: {violation.Id} [{violation.Impact}] x{violation.Nodes.Length}: "
                + string.Join(", ", violation.Nodes.First().Target));
    }
}
