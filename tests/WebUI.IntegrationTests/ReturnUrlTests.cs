// After login the app returns to the page asked for, but only when that page is on this site.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests;

public sealed class ReturnUrlTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Fact]
    public async Task Local_return_url_is_honoured_with_its_query()
    {
        using var login = await LogInWithReturnUrlAsync("/appointments/?x=1");

        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
        login.RedirectTarget().Should().Be("/appointments/?x=1");
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task Return_url_to_another_site_is_ignored_in_favour_of_the_appointments(string returnUrl)
    {
        using var login = await LogInWithReturnUrlAsync(returnUrl);

        login.StatusCode.Should().Be(HttpStatusCode.Redirect);
        login.RedirectTarget().Should().Be("/appointments/");
    }

    private async Task<HttpResponseMessage> LogInWithReturnUrlAsync(string returnUrl)
    {
        var email = TestData.NewEmail();
        await factory.CreateUserAsync(email);
        using var client = factory.CreateBrowserClient();
        return await client.LogInAsync(email, TestData.Password, returnUrl);
    }
}
