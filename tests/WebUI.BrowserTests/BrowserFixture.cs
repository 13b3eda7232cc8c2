// One running app and one headless Chromium shared by every test in the "Browser" collection;
// each test opens its own browser context (own cookies), so tests do not see each other's sessions.
namespace Sched.WebUI.BrowserTests;

public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public SchedAppFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = ChromiumLocator.Find();
        App.Start();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            Headless = true,
            ExecutablePath = executable,
            Args = ChromiumLocator.LaunchArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
