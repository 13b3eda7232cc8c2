// Signing up through the real app and a real SMTP server: the account waits for its mailed link, then
// logs in; logging in before that offers the link again; an address that has an account gets exactly
// the answer a new one gets, and its owner a notice. Without confirmation a new user is signed in at once.
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Account;

public sealed partial class RegistrationTests(AppWithMail app) : IClassFixture<AppWithMail>
{
    private const string PleaseConfirm = "Please confirm your email address";

    private SchedAppFactory Factory => app.Factory;

    [Fact]
    public async Task Register_then_confirm_through_the_mailed_link_then_log_in()
    {
        var email = TestData.NewEmail();
        using var client = Factory.CreateBrowserClient();

        using var register = await client.RegisterAsync(email, "Ada", TestData.Password);

        register.StatusCode.Should().Be(HttpStatusCode.OK);
        (await register.Content.ReadAsStringAsync()).Should().Contain("We have sent a mail to the address you gave.");
        register.SetsAuthCookie().Should().BeFalse();
        (await Factory.CountUsersAsync(email)).Should().Be(1);
        var mail = await app.Smtp.WaitForMessageToAsync(email);
        mail.Subject.Should().Be("Confirm your Sched address");
        var link = AppWithMail.LinkPath(mail);
        link.Should().StartWith("/account/confirm/");

        (await client.GetPageHtmlAsync(link)).Should().Contain("Confirm my address");
        using var confirm = await client.ConfirmAsync(link);

        confirm.StatusCode.Should().Be(HttpStatusCode.Redirect);
        confirm.RedirectTarget().Should().Be("/login/");
        (await client.GetPageHtmlAsync("/login/")).Should().Contain("Your address is confirmed.");
        await client.LogInSuccessfullyAsync(email, TestData.Password);
        (await client.GetPageHtmlAsync("/appointments/")).Should().Contain($"""data-testid="current-user">{email}<""");
    }

    [Fact]
    public async Task Logging_in_before_confirming_shows_the_message_and_send_again_mails_a_link_that_works()
    {
        var email = TestData.NewEmail();
        using var client = Factory.CreateBrowserClient();
        await client.RegisterAsync(email, "Ada", TestData.Password);
        await app.Smtp.WaitForMessageToAsync(email);

        using var wrong = await client.LogInAsync(email, "not the password");
        using var right = await client.LogInAsync(email, TestData.Password);

        var wrongPage = await wrong.FormShownAgainAsync();
        PageHtml.ValidationSummary(wrongPage).Should().Equal("Incorrect username or password.");
        wrongPage.Should().NotContain(PleaseConfirm);
        var page = await right.FormShownAgainAsync();
        page.Should().Contain(PleaseConfirm).And.Contain("action=\"/account/confirm-again/\"");
        right.SetsAuthCookie().Should().BeFalse();
        PageHtml.FieldValue(page, "Email").Should().Be(email);

        using var again = await client.PostFormAsync(
            "/account/confirm-again/", new Dictionary<string, string> { ["Email"] = email }, BrowserClient.AntiforgeryToken(page));

        (await again.FormShownAgainAsync()).Should().Contain("If an account waits for that address to be confirmed, we have sent it a new link.");
        var link = AppWithMail.LinkPath(await app.Smtp.WaitForMessageToAsync(email));
        (await client.ConfirmAsync(link)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Factory.LogsInAsync(email, TestData.Password)).Should().BeTrue();
    }

    [Fact]
    public async Task Send_again_answers_the_same_for_an_address_that_waits_for_nothing_and_mails_nobody()
    {
        var confirmed = TestData.NewEmail();
        await Factory.CreateUserAsync(confirmed);
        var unknown = TestData.NewEmail("nobody");

        var confirmedAnswer = await SendAgainAsync(confirmed);
        var unknownAnswer = await SendAgainAsync(unknown);

        unknownAnswer.Should().Be(confirmedAnswer);
        confirmedAnswer.Status.Should().Be(HttpStatusCode.OK);
        await Task.Delay(500);
        app.Smtp.Unread().Should().NotContain(m => m.To.Mailboxes.Any(a => a.Address == confirmed || a.Address == unknown));
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_answers_exactly_as_a_new_one_and_tells_the_owner()
    {
        var owner = TestData.NewEmail("owner");
        await Factory.CreateUserAsync(owner);
        var newcomer = TestData.NewEmail("newcomer");

        var (newAnswer, newTime) = await TimedRegisterAsync(newcomer);
        var (takenAnswer, takenTime) = await TimedRegisterAsync($"  {owner.ToUpperInvariant()} ");

        takenAnswer.Should().Be(newAnswer);
        newAnswer.Status.Should().Be(HttpStatusCode.OK);
        newTime.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(500));
        takenTime.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(500));
        (await Factory.CountUsersAsync(owner)).Should().Be(1);
        (await Factory.LogsInAsync(owner, TestData.Password)).Should().BeTrue("the owner's account is unchanged");
        var notice = await app.Smtp.WaitForMessageToAsync(owner);
        notice.Subject.Should().Be("Someone tried to use your address on Sched");
        notice.TextBody.Should().Contain($"someone tried to use your address {owner} for another Sched account");
        AppWithMail.LinkPath(notice).Should().Be("/account/forgot/");
        (await app.Smtp.WaitForMessageToAsync(newcomer)).Subject.Should().Be("Confirm your Sched address");
    }

    [Fact]
    public async Task The_confirmation_link_works_once()
    {
        var email = TestData.NewEmail();
        using var client = Factory.CreateBrowserClient();
        await client.RegisterAsync(email, "Ada", TestData.Password);
        var link = AppWithMail.LinkPath(await app.Smtp.WaitForMessageToAsync(email));
        var token = await client.GetAntiforgeryTokenAsync(link);
        (await client.ConfirmAsync(link)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var again = await client.PostFormAsync(link, [], token);

        PageHtml.ValidationSummary(await again.FormShownAgainAsync()).Should()
            .Equal("This link no longer works: it has expired or was already used.");
        (await client.GetPageHtmlAsync(link)).Should().Contain("This link no longer works");
    }

    [Fact]
    public async Task A_confirmation_link_that_never_was_shows_the_no_longer_works_page()
    {
        using var client = Factory.CreateBrowserClient();

        (await client.GetPageHtmlAsync("/account/confirm/bm90LWEtdG9rZW4/")).Should().Contain("This link no longer works");
    }

    [Fact]
    public async Task Users_made_on_the_command_line_log_in_at_once()
    {
        var email = TestData.NewEmail();
        await Factory.CreateUserAsync(email);

        (await Factory.LogsInAsync(email, TestData.Password)).Should().BeTrue();
    }

    /// <summary>What a browser sees of an answer: status, cookies set (names and flags), and the page without its form tokens.</summary>
    private sealed record Answer(HttpStatusCode Status, string Cookies, string Body);

    private async Task<(Answer Answer, TimeSpan Time)> TimedRegisterAsync(string email)
    {
        using var client = Factory.CreateBrowserClient();
        var token = await client.GetAntiforgeryTokenAsync("/register/");
        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostFormAsync("/register/", new Dictionary<string, string>
        {
            ["Email"] = email, ["DisplayName"] = "Ada", ["Password"] = TestData.Password, ["ConfirmPassword"] = TestData.Password,
        }, token);
        var time = Stopwatch.GetElapsedTime(started);
        return (await AnswerOfAsync(response), time);
    }

    private async Task<Answer> SendAgainAsync(string email)
    {
        using var client = Factory.CreateBrowserClient();
        var token = await client.GetAntiforgeryTokenAsync("/login/");
        using var response = await client.PostFormAsync("/account/confirm-again/", new Dictionary<string, string> { ["Email"] = email }, token);
        return await AnswerOfAsync(response);
    }

    private static async Task<Answer> AnswerOfAsync(HttpResponseMessage response)
    {
        var cookies = response.SetCookies().Select(c => $"{c.Name}; {c.Path}; {c.HttpOnly}; {c.SameSite}; {c.Secure}");
        var body = AntiforgeryValue().Replace(await response.Content.ReadAsStringAsync(), "value=\"TOKEN\"");
        return new Answer(response.StatusCode, string.Join("\n", cookies), body);
    }

    [GeneratedRegex("""(?<=name="__RequestVerificationToken"[^>]*)value="[^"]*"|value="[^"]*"(?=[^>]*name="__RequestVerificationToken")""")]
    private static partial Regex AntiforgeryValue();
}
