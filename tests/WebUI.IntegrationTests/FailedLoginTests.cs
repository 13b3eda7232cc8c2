// Logins that must be refused, all with one message that never says which part was wrong.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests;

public sealed class FailedLoginTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    private const string IncorrectCredentials = "Incorrect username or password.";

    [Fact]
    public async Task Wrong_password_shows_the_form_again_with_the_message_and_signs_nobody_in()
    {
        var email = TestData.NewEmail();
        await factory.CreateUserAsync(email);
        using var client = factory.CreateBrowserClient();

        using var login = await client.LogInAsync(email, "not the password");

        await ShouldBeRefusedAsync(login, client);
    }

    [Fact]
    public async Task Unknown_email_gets_exactly_the_same_message_as_a_wrong_password()
    {
        var email = TestData.NewEmail();
        await factory.CreateUserAsync(email);
        using var client = factory.CreateBrowserClient();

        using var wrongPassword = await client.LogInAsync(email, "not the password");
        using var unknownEmail = await client.LogInAsync(TestData.NewEmail(), "not the password");

        unknownEmail.StatusCode.Should().Be(HttpStatusCode.OK);
        unknownEmail.SetsAuthCookie().Should().BeFalse();
        var unknownEmailSummary = PageHtml.ValidationSummary(await unknownEmail.Content.ReadAsStringAsync());
        var wrongPasswordSummary = PageHtml.ValidationSummary(await wrongPassword.Content.ReadAsStringAsync());
        wrongPasswordSummary.Should().Equal(IncorrectCredentials);
        unknownEmailSummary.Should().Equal(wrongPasswordSummary);
    }

    [Fact]
    public async Task Inactive_user_is_refused_with_the_same_message_and_cannot_reach_the_appointments()
    {
        var email = TestData.NewEmail();
        await factory.CreateUserAsync(email, active: false);
        using var client = factory.CreateBrowserClient();

        using var login = await client.LogInAsync(email, TestData.Password);

        await ShouldBeRefusedAsync(login, client);
    }

    [Fact]
    public async Task Right_password_after_five_wrong_ones_is_refused_because_the_account_is_locked()
    {
        var email = TestData.NewEmail();
        await factory.CreateUserAsync(email);
        using var client = factory.CreateBrowserClient();
        await LockOutAsync(email);

        using var login = await client.LogInAsync(email, TestData.Password);

        await ShouldBeRefusedAsync(login, client);
    }

    [Fact]
    public async Task Locked_account_unknown_email_wrong_password_and_inactive_user_get_the_same_status_and_message()
    {
        var locked = TestData.NewEmail();
        var known = TestData.NewEmail();
        var inactive = TestData.NewEmail();
        await factory.CreateUserAsync(locked);
        await factory.CreateUserAsync(known);
        await factory.CreateUserAsync(inactive, active: false);
        await LockOutAsync(locked);
        using var client = factory.CreateBrowserClient();

        using var lockedLogin = await client.LogInAsync(locked, TestData.Password);
        using var unknownLogin = await client.LogInAsync(TestData.NewEmail(), TestData.Password);
        using var wrongPasswordLogin = await client.LogInAsync(known, "not the password");
        using var inactiveLogin = await client.LogInAsync(inactive, TestData.Password);

        foreach (var login in new[] { lockedLogin, unknownLogin, wrongPasswordLogin, inactiveLogin })
        {
            login.StatusCode.Should().Be(HttpStatusCode.OK);
            PageHtml.ValidationSummary(await login.Content.ReadAsStringAsync()).Should().Equal(IncorrectCredentials);
            login.SetsAuthCookie().Should().BeFalse();
        }
    }

    /// <summary>Five wrong passwords in a row: the default lockout threshold.</summary>
    private async Task LockOutAsync(string email)
    {
        using var client = factory.CreateBrowserClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.LogInAsync(email, $"wrong password {attempt}");
            wrong.StatusCode.Should().Be(HttpStatusCode.OK);
        }
    }

    /// <summary>The one answer to every refused login: the form again with the one message, and nobody signed in.</summary>
    private static async Task ShouldBeRefusedAsync(HttpResponseMessage login, HttpClient client)
    {
        login.StatusCode.Should().Be(HttpStatusCode.OK);
        PageHtml.ValidationSummary(await login.Content.ReadAsStringAsync()).Should().Equal(IncorrectCredentials);
        login.SetsAuthCookie().Should().BeFalse();
        (await client.IsSignedInAsync()).Should().BeFalse();
    }
}
