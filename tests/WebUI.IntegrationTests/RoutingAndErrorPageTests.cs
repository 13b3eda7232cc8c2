// Addresses with or without the trailing slash, and error pages that are friendly HTML, never a stack trace.
using System.Net;

namespace Sched.WebUI.IntegrationTests;

public sealed class RoutingAndErrorPageTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Theory]
    [InlineData("/login")]
    [InlineData("/login/")]
    public async Task Login_page_opens_with_or_without_the_trailing_slash(string path)
    {
        using var client = factory.CreateBrowserClient();

        using var page = await client.GetAsync(path);

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain("""name="Password""");
    }

    [Theory]
    [InlineData("/appointments")]
    [InlineData("/appointments/")]
    public async Task Appointments_open_with_or_without_the_trailing_slash(string path)
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);

        using var page = await client.GetAsync(path);

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain(email);
    }

    [Theory]
    [InlineData("/no-such-page/")]
    [InlineData("/no-such-page")]
    [InlineData("/appointments/no-such-page/")]
    public async Task Unknown_path_is_a_not_found_page_for_a_signed_in_user(string path)
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        using var page = await client.GetAsync(path);

        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        page.Content.Headers.ContentType?.MediaType.Should().Be("text/html");
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("Not found");
        ShouldShowNoExceptionDetails(html);
    }

    [Fact]
    public async Task Bad_request_page_shows_no_exception_details()
    {
        using var client = factory.CreateBrowserClient();

        using var page = await client.PostFormAsync("/login/", [], antiforgeryToken: null);

        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        ShouldShowNoExceptionDetails(await page.Content.ReadAsStringAsync());
    }

    private static void ShouldShowNoExceptionDetails(string html)
    {
        html.Should().NotContain("at Sched.").And.NotContain("Exception").And.NotContain("at Microsoft.");
    }
}
