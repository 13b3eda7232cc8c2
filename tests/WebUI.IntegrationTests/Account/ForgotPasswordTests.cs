// Forgotten password through the real app and a real SMTP server: the mailed link sets a new password
// once, the answer is the same for any address, and links are built from Sched:PublicBaseUrl only.
using System.Diagnostics;
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Account;

public sealed class ForgotPasswordTests(AppWithMail app) : IClassFixture<AppWithMail>
{
    private const string SentAnswer = "If an account uses that address, we have sent a link to choose a new password.";

    private SchedAppFactory Factory => app.Factory;

    [Fact]
    public async Task Forgot_then_mail_then_link_sets_a_new_password_ends_old_sessions_and_works_once()
    {
        var email = TestData.NewEmail();
        using var oldSession = await Factory.CreateSignedInClientAsync(email);
        using var browser = Factory.CreateBrowserClient();

        using var forgot = await browser.ForgotPasswordAsync(email);
        forgot.StatusCode.Should().Be(HttpStatusCode.OK);
        (await forgot.Content.ReadAsStringAsync()).Should().Contain(SentAnswer);
        var mail = await app.Smtp.WaitForMessageToAsync(email);
        mail.Subject.Should().Be("Reset your Sched password");
        var link = AppWithMail.LinkPath(mail);

        using var reset = await browser.ResetPasswordAsync(link, TestData.NewPassword);

        reset.StatusCode.Should().Be(HttpStatusCode.Redirect);
        reset.RedirectTarget().Should().Be("/login/");
        (await oldSession.IsSignedInAsync()).Should().BeFalse("a reset ends every session");
        (await Factory.LogsInAsync(email, TestData.Password)).Should().BeFalse();
        (await Factory.LogsInAsync(email, TestData.NewPassword)).Should().BeTrue();
        (await browser.GetPageHtmlAsync(link)).Should().Contain("This link no longer works");
        var notice = await app.Smtp.WaitForMessageToAsync(email);
        notice.Subject.Should().Be("Your Sched password was changed");
        AppWithMail.LinkPath(notice).Should().Be("/account/forgot/");
    }

    [Fact]
    public async Task A_used_link_posted_again_is_refused_on_the_form_and_keeps_the_password()
    {
        var email = TestData.NewEmail();
        await Factory.CreateUserAsync(email);
        using var browser = Factory.CreateBrowserClient();
        await browser.ForgotPasswordAsync(email);
        var link = AppWithMail.LinkPath(await app.Smtp.WaitForMessageToAsync(email));
        var token = await browser.GetAntiforgeryTokenAsync(link);
        (await browser.ResetPasswordAsync(link, TestData.NewPassword)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var again = await browser.PostFormAsync(link,
            new Dictionary<string, string> { ["NewPassword"] = "another passphrase", ["ConfirmNewPassword"] = "another passphrase" }, token);

        PageHtml.ValidationSummary(await again.FormShownAgainAsync()).Should()
            .Equal("This link no longer works: it has expired or was already used. Ask for a new one.");
        (await Factory.LogsInAsync(email, TestData.NewPassword)).Should().BeTrue();
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_as_a_known_one_no_sooner_and_no_mail()
    {
        var known = TestData.NewEmail();
        await Factory.CreateUserAsync(known);
        var unknown = TestData.NewEmail("nobody");

        var (knownAnswer, knownTime) = await TimedForgotAsync(known);
        var (unknownAnswer, unknownTime) = await TimedForgotAsync(unknown);

        knownAnswer.Status.Should().Be(HttpStatusCode.OK);
        unknownAnswer.Should().Be(knownAnswer);
        knownTime.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(500));
        unknownTime.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(500));
        await app.Smtp.WaitForMessageToAsync(known);
        await Task.Delay(500);
        app.Smtp.Unread().Should().NotContain(m => m.To.Mailboxes.Any(a => a.Address == unknown));
    }

    [Fact]
    public async Task A_malformed_address_is_an_error_beside_the_field()
    {
        using var browser = Factory.CreateBrowserClient();

        using var forgot = await browser.ForgotPasswordAsync("not an address");

        PageHtml.FieldError(await forgot.FormShownAgainAsync(), "Email").Should().Be("Enter a valid email address, like name@example.com.");
    }

    [Fact]
    public async Task The_link_is_built_from_the_public_base_url_whatever_host_the_request_names()
    {
        var email = TestData.NewEmail();
        await Factory.CreateUserAsync(email);
        using var browser = Factory.CreateBrowserClient();
        var token = await browser.GetAntiforgeryTokenAsync("/account/forgot/");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/forgot/")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Host = "evil.example";

        (await browser.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);

        AppWithMail.LinkPath(await app.Smtp.WaitForMessageToAsync(email)).Should().StartWith("/account/reset/");
    }

    [Fact]
    public async Task A_link_that_never_was_shows_the_no_longer_works_page()
    {
        using var browser = Factory.CreateBrowserClient();

        (await browser.GetPageHtmlAsync("/account/reset/bm90LWEtdG9rZW4/")).Should().Contain("This link no longer works");
    }

    [Fact]
    public async Task Changing_the_password_on_the_account_page_mails_the_notice()
    {
        var email = TestData.NewEmail();
        using var client = await Factory.CreateSignedInClientAsync(email);

        (await client.ChangePasswordAsync(TestData.Password, TestData.NewPassword)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var notice = await app.Smtp.WaitForMessageToAsync(email);
        notice.Subject.Should().Be("Your Sched password was changed");
        notice.TextBody.Should().Contain($"The password of your Sched account {email} was changed on");
    }

    [Fact]
    public async Task The_login_page_links_to_the_forgotten_password_page()
    {
        using var browser = Factory.CreateBrowserClient();

        (await browser.GetPageHtmlAsync("/login/")).Should().Contain("href=\"/account/forgot/\"");
    }

    /// <summary>What a browser sees of an answer: status, cookies set and page.</summary>
    private sealed record Answer(HttpStatusCode Status, string Cookies, string Body);

    private async Task<(Answer Answer, TimeSpan Time)> TimedForgotAsync(string email)
    {
        using var browser = Factory.CreateBrowserClient();
        var token = await browser.GetAntiforgeryTokenAsync("/account/forgot/");
        var started = Stopwatch.GetTimestamp();
        using var response = await browser.PostFormAsync("/account/forgot/", new Dictionary<string, string> { ["Email"] = email }, token);
        var time = Stopwatch.GetElapsedTime(started);
        response.Headers.TryGetValues("Set-Cookie", out var cookies);
        return (new Answer(response.StatusCode, string.Join("\n", cookies ?? []), await response.Content.ReadAsStringAsync()), time);
    }
}
