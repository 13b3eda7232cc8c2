// One running app and one headless Chromium shared by every test in the "Browser" collection;
// each test opens its own browser context (own cookies), so tests do not see each other's sessions.
namespace Sched.WebUI.BrowserTests;

public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public SchedAppFactory App { get; private set; } = null!;

    /// <summary>The SMTP server the app mails to (reset links and notices).</summary>
    public SmtpTestServer Smtp { get; private set; } = null!;

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("Chromium has not been launched.");

    public async Task InitializeAsync()
    {
        var executable = ChromiumLocator.Find();
        Smtp = await SmtpTestServer.StartAsync();
        App = SchedAppFactory.WithSettings([
            .. Smtp.AppSettings,
            // Times typed into the forms mean the same instant on every machine.
            ("Sched:DefaultTimeZone", "UTC"),
            // The account journey starts at the registration page.
            ("Sched:AllowRegistration", "true"),
        ]);
        BaseAddress = App.StartOnLoopback();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            Headless = true,
            ExecutablePath = executable,
            Args = ChromiumLocator.LaunchArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
