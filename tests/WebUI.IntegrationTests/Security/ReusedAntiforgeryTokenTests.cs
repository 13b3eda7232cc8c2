// A signed-in user's pages reuse the form token made for their antiforgery cookie, and the token
// stays bound to that user: another user in the same browser gets their own, and cannot use the first.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Security;

public sealed class ReusedAntiforgeryTokenTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Fact]
    public async Task A_signed_in_users_pages_carry_one_token_that_is_accepted_and_never_cached_by_the_browser()
    {
        var email = TestData.NewEmail();
        await factory.CreateUserAsync(email);
        using var client = factory.CreateBrowserClient();
        await client.LogInSuccessfullyAsync(email, TestData.Password);

        using var list = await client.GetAsync("/appointments/");
        using var account = await client.GetAsync("/account/");
        var listToken = BrowserClient.AntiforgeryToken(await list.Content.ReadAsStringAsync());
        var accountToken = BrowserClient.AntiforgeryToken(await account.Content.ReadAsStringAsync());

        accountToken.Should().Be(listToken, "the second page reuses the token made for the same cookie and user");
        account.Headers.CacheControl!.NoStore.Should().BeTrue("a page with a token must not be stored");
        using var created = await client.PostFormAsync("/appointments/create/", new AppointmentFields().ToForm(), accountToken);
        created.StatusCode.Should().Be(HttpStatusCode.Redirect, "the reused token is valid");
    }

    [Fact]
    public async Task Another_user_in_the_same_browser_gets_a_token_of_their_own_and_cannot_use_the_first()
    {
        var ada = TestData.NewEmail();
        var grace = TestData.NewEmail();
        await factory.CreateUserAsync(ada);
        await factory.CreateUserAsync(grace);
        using var client = factory.CreateBrowserClient();
        await client.LogInSuccessfullyAsync(ada, TestData.Password);
        var adasToken = await client.GetAntiforgeryTokenAsync("/appointments/");
        await client.GetAntiforgeryTokenAsync("/account/");
        using var logout = await client.PostFormAsync("/logout/", [], adasToken);
        logout.StatusCode.Should().Be(HttpStatusCode.Redirect);

        await client.LogInSuccessfullyAsync(grace, TestData.Password);
        var gracesToken = await client.GetAntiforgeryTokenAsync("/appointments/");

        gracesToken.Should().NotBe(adasToken);
        using var withAdasToken = await client.PostFormAsync("/appointments/create/", new AppointmentFields().ToForm(), adasToken);
        withAdasToken.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var withOwnToken = await client.PostFormAsync("/appointments/create/", new AppointmentFields().ToForm(), gracesToken);
        withOwnToken.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
