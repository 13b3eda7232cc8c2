// The base of every browser test: its own browser contexts (closed after the test), a desktop
// viewport, short timeouts, and the steps that journeys share (make a user, log in, fill the form, open a mailed link).
using MimeKit;

namespace Sched.WebUI.BrowserTests;

[Collection(BrowserCollection.Name)]
public abstract partial class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    protected static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    protected static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private readonly List<IBrowserContext> contexts = [];

    /// <summary>The SMTP server the app mails to.</summary>
    protected SmtpTestServer Smtp => fixture.Smtp;

    /// <summary>The test's first session, at desktop size.</summary>
    protected IPage Page { get; private set; } = null!;

    public async Task InitializeAsync() => Page = await NewSessionAsync();

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }
    }

    /// <summary>
    /// A page in a new browser context: a separate person with no cookies yet, or, given
    /// <paramref name="storageState"/>, a second window of a session saved from another context.
    /// </summary>
    protected async Task<IPage> NewSessionAsync(ViewportSize? viewport = null, string? storageState = null)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            StorageState = storageState,
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = viewport ?? Desktop,
            Locale = "en-US",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(15_000);
        contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A new active user named <paramref name="who"/> with <see cref="TestData.Password"/>; the email is
    /// unique (<c>ada-1a2b…@example.com</c>) unless given, as tests share one database.
    /// </summary>
    protected async Task<string> CreateUserAsync(string who, string? email = null)
    {
        email ??= TestData.NewEmail(who);
        await fixture.App.CreateUserAsync(email, displayName: who);
        return email;
    }

    protected static async Task LogInAsync(IPage page, string email, string password = TestData.Password)
    {
        await page.GotoAsync("/login/");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
    }

    /// <summary>Creates an appointment through the create form (pressing "Save anyway" when told it overlaps); returns its detail path.</summary>
    protected static async Task<string> CreateAppointmentAsync(
        IPage page, string title, string start, string end, string? location = null, string? description = null, bool saveAnyway = false)
    {
        await page.GotoAsync("/appointments/create/");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Start").FillAsync(start);
        await page.GetByLabel("End", new() { Exact = true }).FillAsync(end);
        await page.GetByLabel("Location").FillAsync(location ?? string.Empty);
        await page.GetByLabel("Description").FillAsync(description ?? string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        if (saveAnyway)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Save anyway" }).ClickAsync();
        }

        await Expect(page).ToHaveURLAsync(new Regex("/appointments/$"));
        return (await ListEntry(page, title).First.GetAttributeAsync("href"))!;
    }

    /// <summary>The list's link to the appointment with this title.</summary>
    protected static ILocator ListEntry(IPage page, string title) =>
        page.Locator(".list-group").GetByRole(AriaRole.Link).Filter(new() { HasText = title });

    /// <summary>The flash message with this text, shown once at the top of the page.</summary>
    protected static ILocator Flash(IPage page, string text) =>
        page.Locator("main > .alert").Filter(new() { HasText = text });

    /// <summary>The path of the link in a mail's text (its host is Sched:PublicBaseUrl's), to open in the test's browser.</summary>
    protected static string MailLinkPath(MimeMessage mail) => new Uri(MailLink().Match(mail.TextBody!).Value).AbsolutePath;

    /// <summary>The error shown beside one form field (the span right after its input).</summary>
    protected static ILocator FieldError(IPage page, string field) =>
        page.Locator($"#{field} ~ [data-valmsg-for='{field}']");

    [GeneratedRegex(@"http://\S+")]
    private static partial Regex MailLink();
}
