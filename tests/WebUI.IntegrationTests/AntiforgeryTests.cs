// Every form post must carry the antiforgery token; without it the answer is a plain 400 page and nothing changes.
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sched.WebUI.IntegrationTests.Infrastructure;
using static Sched.WebUI.IntegrationTests.Infrastructure.AppointmentPages;

namespace Sched.WebUI.IntegrationTests;

public sealed partial class AntiforgeryTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    private static readonly string[] UnsafeMethods = ["POST", "PUT", "PATCH", "DELETE"];

    /// <summary>
    /// Routes that answer any method yet change nothing, so they take no token: the error pages
    /// (re-executed for whichever request failed) and the 404 answer for unknown paths.
    /// </summary>
    private static readonly HashSet<string> RoutesThatChangeNothing = ["error/{statusCode:int:range(400,599)}", "{*path:nonfile}"];

    [Fact]
    public async Task Login_without_a_token_is_a_bad_request_page_and_signs_nobody_in()
    {
        var email = TestData.NewEmail();
        await factory.CreateUserAsync(email);
        using var client = factory.CreateBrowserClient();
        await client.GetAntiforgeryTokenAsync("/login/");

        using var login = await client.PostFormAsync(
            "/login/",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = TestData.Password },
            antiforgeryToken: null);

        login.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        login.Content.Headers.ContentType?.MediaType.Should().Be("text/html");
        (await login.Content.ReadAsStringAsync()).Should().Contain("Bad request");
        login.SetsAuthCookie().Should().BeFalse();
        (await client.IsSignedInAsync()).Should().BeFalse();
    }

    [Fact]
    public async Task Logout_without_a_token_is_a_bad_request_page_and_keeps_the_user_signed_in()
    {
        var email = TestData.NewEmail();
        await factory.CreateUserAsync(email);
        using var client = factory.CreateBrowserClient();
        await client.LogInSuccessfullyAsync(email, TestData.Password);

        using var logout = await client.PostFormAsync("/logout/", [], antiforgeryToken: null);

        logout.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        logout.Content.Headers.ContentType?.MediaType.Should().Be("text/html");
        (await logout.Content.ReadAsStringAsync()).Should().Contain("Bad request");
        (await client.IsSignedInAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task Creating_an_appointment_without_a_token_is_refused_and_stores_nothing()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        await client.GetAntiforgeryTokenAsync("/appointments/create/");

        using var create = await client.PostFormAsync("/appointments/create/", new AppointmentFields().ToForm(), antiforgeryToken: null);

        create.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await factory.AppointmentsOfAsync(email)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("POST", "edit/")]
    [InlineData("POST", "delete/")]
    [InlineData("DELETE", "delete/")]
    public async Task Changing_an_appointment_without_a_token_is_refused_and_changes_nothing(string method, string action)
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        var id = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Before"));
        await client.GetAntiforgeryTokenAsync(DetailPath(id));
        var before = await factory.AppointmentsOfAsync(email);

        using var request = new HttpRequestMessage(new HttpMethod(method), DetailPath(id) + action)
        {
            Content = new FormUrlEncodedContent(new AppointmentFields(Title: "After").ToForm()),
        };
        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await factory.AppointmentsOfAsync(email)).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task Every_endpoint_that_takes_an_unsafe_method_refuses_a_signed_in_request_without_a_token()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        var id = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields());
        var requests = UnsafeRequests(id);
        requests.Should().Contain([("POST", "/logout/"), ("POST", "/appointments/create/"), ("DELETE", DeletePath(id))],
            "the app's endpoints should be read from its routing, or this test proves nothing");

        var answers = new List<string>();
        foreach (var (method, path) in requests)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new FormUrlEncodedContent([]) };
            using var response = await client.SendAsync(request);
            answers.Add($"{method} {path} -> {(int)response.StatusCode}");
        }

        answers.Should().AllSatisfy(answer => answer.Should().EndWith("-> 400"));
        (await factory.AppointmentsOfAsync(email)).Should().ContainSingle();
        (await client.IsSignedInAsync()).Should().BeTrue();
    }

    /// <summary>
    /// One request per unsafe method of every routed endpoint (one without method metadata takes
    /// every method), at a concrete address: route parameters are filled with the user's appointment id
    /// (and a reset link's token with any text).
    /// </summary>
    private List<(string Method, string Path)> UnsafeRequests(int appointmentId) =>
    [
        .. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => !RoutesThatChangeNothing.Contains(endpoint.RoutePattern.RawText ?? string.Empty))
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? UnsafeMethods)
                .Intersect(UnsafeMethods)
                .Select(method => (method, ConcretePath(endpoint.RoutePattern.RawText ?? string.Empty, appointmentId)))),
    ];

    private static string ConcretePath(string routePattern, int appointmentId)
    {
        var path = RouteParameter().Replace(routePattern, parameter => parameter.Groups["name"].Value switch
        {
            "id" => appointmentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "token" => "a-reset-token",
            _ => throw new InvalidOperationException($"Say which value fills {parameter.Value} of the route {routePattern}."),
        });
        var trimmed = path.Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();
}
