// Request bodies are capped: a body over the cap gets a clean 413 page and stores nothing; the largest legal form still fits.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Security;

public sealed class RequestBodyLimitTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Fact]
    public async Task Body_over_the_cap_gets_a_clean_too_large_page_and_stores_nothing()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);

        using var create = await client.CreateAppointmentAsync(new AppointmentFields(Description: new string('x', 200_000)));

        create.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        create.Content.Headers.ContentType?.MediaType.Should().Be("text/html");
        (await create.Content.ReadAsStringAsync()).Should().Contain("Too large").And.NotContain("Exception");
        (await factory.AppointmentsOfAsync(email)).Should().BeEmpty();
    }

    [Fact]
    public async Task Longest_description_allowed_in_a_non_latin_script_still_fits_under_the_cap()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        var description = new string('日', 10_000);

        using var create = await client.CreateAppointmentAsync(new AppointmentFields(Description: description));

        create.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await factory.AppointmentsOfAsync(email)).Should().ContainSingle().Which.Description.Should().Be(description);
    }
}
