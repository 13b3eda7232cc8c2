// A request names its own Host; the app must never send a visitor to a host the request chose.
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sched.WebUI.IntegrationTests.Security;

public sealed class HostFilteringTests
{
    [Fact]
    public async Task With_allowed_hosts_pinned_a_foreign_host_is_refused_and_the_pinned_one_is_served()
    {
        await using var app = SchedAppFactory.WithSettings(("AllowedHosts", "sched.example"));
        using var foreign = ClientFor(app, "evil.example");
        using var pinned = ClientFor(app, "sched.example");

        using var refused = await foreign.GetAsync("/appointments/");
        using var served = await pinned.GetAsync("/appointments/");
        using var loginPage = await pinned.GetAsync(served.Headers.Location);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        refused.Headers.Location.Should().BeNull();
        (await refused.Content.ReadAsStringAsync()).Should().NotContain("evil.example");
        served.StatusCode.Should().Be(HttpStatusCode.Redirect);
        served.Headers.Location?.OriginalString.Should().Be("/login/?ReturnUrl=%2Fappointments%2F");
        loginPage.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task With_any_host_allowed_the_sign_in_redirect_still_names_no_host()
    {
        await using var app = new SchedAppFactory();
        using var foreign = ClientFor(app, "evil.example");

        using var response = await foreign.GetAsync("/appointments/");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location?.OriginalString.Should().Be("/login/?ReturnUrl=%2Fappointments%2F");
    }

    private static HttpClient ClientFor(SchedAppFactory app, string host) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri($"http://{host}") });
}
