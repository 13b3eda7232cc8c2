// Server-side sessions: logout, deactivation and time limits end a session for real, and login always starts a new one.
using System.Net;
using Microsoft.Data.Sqlite;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Security;

public sealed class SessionTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Fact]
    public async Task Session_cookie_replayed_after_logout_signs_nobody_in()
    {
        var email = TestData.NewEmail();
        await factory.CreateUserAsync(email);
        using var browser = factory.CreateBrowserClient();
        using var login = await browser.LogInAsync(email, TestData.Password);
        using var replay = factory.CreateClientSendingCookies(login.SessionCookieHeader());
        (await replay.IsSignedInAsync()).Should().BeTrue("the captured cookie carries the live session");

        using var logout = await browser.LogOutAsync();

        logout.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await replay.IsSignedInAsync()).Should().BeFalse("logout deletes the session on the server, not just the cookie in the browser");
    }

    [Fact]
    public async Task Session_survives_a_restart_because_the_keys_are_kept_in_the_configured_folder()
    {
        var folder = Directory.CreateTempSubdirectory("sched-restart-");
        var keys = Path.Combine(folder.FullName, "keys");
        (string, string)[] settings =
        [
            ("Sched:Database:Provider", "Sqlite"),
            ("ConnectionStrings:Sched", $"Data Source={Path.Combine(folder.FullName, "sched.db")}"),
            ("Sched:DataProtection:KeysPath", keys),
        ];
        var email = TestData.NewEmail();
        string cookie;
        using (var before = SchedAppFactory.WithSettings(settings))
        {
            await before.CreateUserAsync(email);
            using var browser = before.CreateBrowserClient();
            using var login = await browser.LogInAsync(email, TestData.Password);
            cookie = login.SessionCookieHeader();
        }

        using (var after = SchedAppFactory.WithSettings(settings))
        {
            using var replay = after.CreateClientSendingCookies(cookie);
            (await replay.IsSignedInAsync()).Should().BeTrue("the restarted app reads the same keys and the same session row");
        }

        Directory.GetFiles(keys, "key-*.xml").Should().NotBeEmpty("the keys are written where Sched:DataProtection:KeysPath says");
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Login_sets_a_new_session_cookie_and_the_cookies_held_before_it_sign_nobody_in()
    {
        var email = TestData.NewEmail();
        await factory.CreateUserAsync(email);
        var endedSession = await EndedSessionCookieAsync(email);
        using var browser = factory.CreateBrowserClient();
        using var loginPage = await browser.GetAsync("/login/");
        var preLoginCookies = loginPage.SetCookies().Select(c => $"{c.Name}={c.Value}").Append(endedSession).ToList();
        browser.DefaultRequestHeaders.Add("Cookie", endedSession);

        using var login = await browser.PostFormAsync(
            "/login/",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = TestData.Password },
            BrowserClient.AntiforgeryToken(await loginPage.Content.ReadAsStringAsync()));

        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var session = login.SessionCookieHeader();
        preLoginCookies.Should().NotContain(session);
        using var withPreLoginCookies = factory.CreateClientSendingCookies(string.Join("; ", preLoginCookies));
        (await withPreLoginCookies.IsSignedInAsync()).Should().BeFalse("no cookie held before login may ride the session it starts");
        using var withNewCookie = factory.CreateClientSendingCookies(session);
        (await withNewCookie.IsSignedInAsync()).Should().BeTrue();
    }

    [Theory]
    [InlineData("/login/")]
    [InlineData("/register/")]
    public async Task Live_session_cookie_held_before_signing_in_does_not_open_the_session_that_starts(string form)
    {
        var planter = TestData.NewEmail();
        var signingIn = TestData.NewEmail();
        await factory.CreateUserAsync(planter);
        if (form == "/login/")
        {
            await factory.CreateUserAsync(signingIn);
        }

        using var browser = factory.CreateBrowserClient();
        using var planterLogin = await browser.LogInAsync(planter, TestData.Password);
        var plantedSession = planterLogin.SessionCookieHeader();

        using var signIn = await browser.PostFormAsync(
            form,
            new Dictionary<string, string>
            {
                ["Email"] = signingIn,
                ["Password"] = TestData.Password,
                ["ConfirmPassword"] = TestData.Password,
            },
            await browser.GetAntiforgeryTokenAsync("/appointments/"));

        using var replay = factory.CreateClientSendingCookies(plantedSession);
        using var page = await replay.GetAsync("/appointments/");
        (await page.Content.ReadAsStringAsync()).Should().NotContain(signingIn, "a session cookie from before signing in must not open the new session");
    }

    [Fact]
    public async Task Deactivating_a_user_ends_their_live_session_at_once_for_good()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        (await client.IsSignedInAsync()).Should().BeTrue();

        await factory.SetUserActiveAsync(email, active: false);

        (await client.IsSignedInAsync()).Should().BeFalse();
        await factory.SetUserActiveAsync(email, active: true);
        (await client.IsSignedInAsync()).Should().BeFalse("reactivation lets the user sign in again, it does not revive old sessions");
    }

    [Theory]
    [InlineData("Sched:Session:IdleTimeout", "00:00:02", 3)]
    [InlineData("Sched:Session:AbsoluteLifetime", "00:00:03", 4)]
    public async Task Session_ends_once_its_idle_timeout_or_its_absolute_lifetime_has_passed(string setting, string limit, int waitSeconds)
    {
        await using var app = SchedAppFactory.WithSettings((setting, limit));
        using var client = await app.CreateSignedInClientAsync(TestData.NewEmail());
        (await client.IsSignedInAsync()).Should().BeTrue();

        await Task.Delay(TimeSpan.FromSeconds(waitSeconds));

        (await client.IsSignedInAsync()).Should().BeFalse($"{setting} is {limit}");
    }

    /// <summary>The session cookie of a login of the user that has since logged out: what a browser may still hold.</summary>
    private async Task<string> EndedSessionCookieAsync(string email)
    {
        using var browser = factory.CreateBrowserClient();
        using var login = await browser.LogInAsync(email, TestData.Password);
        using var logout = await browser.LogOutAsync();
        logout.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return login.SessionCookieHeader();
    }
}
