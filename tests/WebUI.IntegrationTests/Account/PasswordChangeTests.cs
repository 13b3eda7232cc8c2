// Changing the password: the current one must be proven; afterwards only the new one works and other sessions end.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Account;

public sealed class PasswordChangeTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Fact]
    public async Task Wrong_current_password_is_an_error_beside_it_and_keeps_the_old_password()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);

        using var change = await client.ChangePasswordAsync("not the password", TestData.NewPassword);

        var form = await change.FormShownAgainAsync();
        PageHtml.FieldsWithErrors(form).Should().Equal("CurrentPassword");
        PageHtml.FieldError(form, "CurrentPassword").Should().Be("That is not your current password.");
        (await factory.LogsInAsync(email, TestData.Password)).Should().BeTrue();
        (await factory.LogsInAsync(email, TestData.NewPassword)).Should().BeFalse();
    }

    [Fact]
    public async Task New_password_signs_out_the_other_sessions_keeps_this_one_and_replaces_the_old_password()
    {
        var email = TestData.NewEmail();
        using var here = await factory.CreateSignedInClientAsync(email);
        using var elsewhere = factory.CreateBrowserClient();
        await elsewhere.LogInSuccessfullyAsync(email, TestData.Password);
        (await elsewhere.IsSignedInAsync()).Should().BeTrue();

        using var change = await here.ChangePasswordAsync(TestData.Password, TestData.NewPassword);

        change.StatusCode.Should().Be(HttpStatusCode.Redirect);
        change.RedirectTarget().Should().Be("/account/");
        (await elsewhere.IsSignedInAsync()).Should().BeFalse("a password change ends every other session at once");
        (await here.GetPageHtmlAsync("/account/")).Should().Contain("Your password is changed.");
        (await here.IsSignedInAsync()).Should().BeTrue();
        (await factory.LogsInAsync(email, TestData.NewPassword)).Should().BeTrue();
        (await factory.LogsInAsync(email, TestData.Password)).Should().BeFalse();
    }
}
