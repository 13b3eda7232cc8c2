// Registration under its settings: with Sched:Account:RequireConfirmedEmail off a new user is signed in at
// once and a taken address is refused, as before confirmation existed; Sched:AllowRegistration off hides it.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Account;

public sealed class RegistrationSettingsTests
{
    [Fact]
    public async Task Without_confirmation_registering_creates_the_user_and_signs_them_in()
    {
        await using var app = WithoutConfirmation();
        var email = TestData.NewEmail();
        using var client = app.CreateBrowserClient();

        using var register = await client.RegisterAsync(email, "Ada", TestData.Password);

        register.StatusCode.Should().Be(HttpStatusCode.Redirect);
        register.RedirectTarget().Should().Be("/appointments/");
        register.SetsAuthCookie().Should().BeTrue();
        var list = await client.GetPageHtmlAsync("/appointments/");
        list.Should().Contain("Welcome to sched! Your account is ready.").And.Contain($"""data-testid="current-user">{email}<""");
        (await app.CountUsersAsync(email)).Should().Be(1);
        (await app.LogsInAsync(email, TestData.Password)).Should().BeTrue();
    }

    [Fact]
    public async Task Without_confirmation_an_email_that_exists_in_another_letter_case_is_an_error_beside_email_and_adds_no_user()
    {
        await using var app = WithoutConfirmation();
        var email = TestData.NewEmail();
        await app.CreateUserAsync(email);
        using var client = app.CreateBrowserClient();

        using var register = await client.RegisterAsync(email.ToUpperInvariant(), "Impostor", "another good passphrase");

        var form = await register.FormShownAgainAsync();
        register.SetsAuthCookie().Should().BeFalse();
        PageHtml.FieldsWithErrors(form).Should().Equal("Email");
        PageHtml.FieldError(form, "Email").Should().Be("That email address cannot be used. Sign in if it is yours.");
        (await app.CountUsersAsync(email)).Should().Be(1);
        (await client.IsSignedInAsync()).Should().BeFalse();
    }

    [Fact]
    public async Task An_expired_confirmation_link_shows_the_no_longer_works_page_and_confirms_nothing()
    {
        await using var app = new AppWithMail.With(("Sched:Account:ConfirmLinkLifetime", "00:00:01"));
        await app.InitializeAsync();
        var email = TestData.NewEmail();
        using var client = app.Factory.CreateBrowserClient();
        await client.RegisterAsync(email, "Ada", TestData.Password);
        var link = AppWithMail.LinkPath(await app.Smtp.WaitForMessageToAsync(email));

        await Task.Delay(TimeSpan.FromSeconds(1.5));

        (await client.GetPageHtmlAsync(link)).Should().Contain("This link no longer works");
        (await app.Factory.LogsInAsync(email, TestData.Password)).Should().BeFalse();
    }

    [Fact]
    public async Task Registration_switched_off_is_not_found_for_the_page_and_the_form_and_unlinked()
    {
        await using var app = SchedAppFactory.WithSettings(("Sched:AllowRegistration", "false"));
        var email = TestData.NewEmail();
        using var client = app.CreateBrowserClient();

        using var page = await client.GetAsync("/register/");
        var loginPage = await client.GetPageHtmlAsync("/login/");
        using var post = await client.PostFormAsync(
            "/register/",
            new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = TestData.Password,
                ["ConfirmPassword"] = TestData.Password,
            },
            BrowserClient.AntiforgeryToken(loginPage));

        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        post.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await app.CountUsersAsync(email)).Should().Be(0);
        loginPage.Should().NotContain("href=\"/register/\"");
    }

    private static SchedAppFactory WithoutConfirmation() => SchedAppFactory.WithSettings(("Sched:Account:RequireConfirmedEmail", "false"));
}
