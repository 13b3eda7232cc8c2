// Finds Debian's Chromium: Playwright cannot download its own browser on this network.
namespace Sched.WebUI.BrowserTests;

public static class ChromiumLocator
{
    private static readonly string[] Candidates = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

    /// <summary>The Chromium executable, or a failure that says how to install it.</summary>
    public static string Find() =>
        Candidates.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException(
            $"Chromium was not found at {string.Join(" or ", Candidates)}. The browser tests drive Debian's Chromium "
            + "(Playwright cannot download its own browser here): apt-get update && apt-get install -y chromium");

    /// <summary>Headless flags for a closed network: no sandbox as root, no GPU, no calls home.</summary>
    public static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];
}
