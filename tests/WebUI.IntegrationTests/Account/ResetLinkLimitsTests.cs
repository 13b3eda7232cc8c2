// The limits of the forgotten-password pages through the real app: a reset link expires after
// Sched:Account:ResetLinkLifetime, and one client address may ask only so often an hour.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Account;

public sealed class ResetLinkLimitsTests
{
    [Fact]
    public async Task An_expired_link_shows_the_no_longer_works_page_and_sets_nothing()
    {
        await using var app = new AppWithMail.With(("Sched:Account:ResetLinkLifetime", "00:00:01"));
        await app.InitializeAsync();
        var email = TestData.NewEmail();
        await app.Factory.CreateUserAsync(email);
        using var browser = app.Factory.CreateBrowserClient();
        await browser.ForgotPasswordAsync(email);
        var link = AppWithMail.LinkPath(await app.Smtp.WaitForMessageToAsync(email));

        await Task.Delay(TimeSpan.FromSeconds(1.5));

        (await browser.GetPageHtmlAsync(link)).Should().Contain("This link no longer works");
    }

    [Fact]
    public async Task One_client_address_may_ask_for_reset_links_only_so_often_an_hour()
    {
        await using var app = new AppWithMail.With(("Sched:RateLimit:PasswordResetPermitsPerHour", "2"));
        await app.InitializeAsync();
        using var browser = app.Factory.CreateBrowserClient();

        for (var i = 0; i < 2; i++)
        {
            (await browser.ForgotPasswordAsync(TestData.NewEmail())).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        (await browser.ForgotPasswordAsync(TestData.NewEmail())).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }
}
