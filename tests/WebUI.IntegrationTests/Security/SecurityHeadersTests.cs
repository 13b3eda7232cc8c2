// Every answer carries the security headers, and no page needs what the strict Content-Security-Policy forbids.
using System.Text.RegularExpressions;
using FluentAssertions.Execution;
using Microsoft.AspNetCore.Mvc.Testing;
using Sched.WebUI.IntegrationTests.Infrastructure;
using static Sched.WebUI.IntegrationTests.Infrastructure.AppointmentPages;

namespace Sched.WebUI.IntegrationTests.Security;

public sealed partial class SecurityHeadersTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Theory]
    [InlineData("/login/")]
    [InlineData("/appointments/")]
    [InlineData("/no-such-page/")]
    [InlineData("/css/site.css")]
    public async Task Answers_carry_a_strict_content_security_policy_and_the_other_security_headers(string path)
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        using var response = await client.GetAsync(path);

        var policy = Header(response, "Content-Security-Policy");
        policy.Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("style-src 'self'")
            .And.Contain("frame-ancestors 'none'").And.Contain("object-src 'none'");
        policy.Should().NotContain("unsafe-inline").And.NotContain("unsafe-eval").And.NotContain("*");
        Header(response, "X-Content-Type-Options").Should().Be("nosniff");
        Header(response, "X-Frame-Options").Should().Be("DENY");
        Header(response, "Referrer-Policy").Should().BeOneOf("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin");
        Header(response, "Permissions-Policy").Should().Contain("camera=()").And.Contain("microphone=()").And.Contain("geolocation=()");
    }

    [Fact]
    public async Task Https_answers_outside_development_carry_strict_transport_security_and_plain_http_ones_do_not()
    {
        using var https = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://sched.example/"), AllowAutoRedirect = false });
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://sched.example/"), AllowAutoRedirect = false });

        using var secure = await https.GetAsync("/login/");
        using var plain = await http.GetAsync("/login/");

        Header(secure, "Strict-Transport-Security").Should().Contain("max-age=");
        plain.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }

    [Fact]
    public async Task Pages_hold_no_inline_script_no_style_attribute_and_no_event_handler_attribute()
    {
        using var anonymous = factory.CreateBrowserClient();
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        var id = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Location: "Main Street 1", Description: "One\nTwo"));
        using var refusedForm = await client.CreateAppointmentAsync(new AppointmentFields(Start: "abc"));
        var pages = new Dictionary<string, string>
        {
            ["/login/"] = await anonymous.GetPageHtmlAsync("/login/"),
            ["/register/"] = await anonymous.GetPageHtmlAsync("/register/"),
            ["/appointments/"] = await client.GetPageHtmlAsync("/appointments/"),
            ["/appointments/create/"] = await client.GetPageHtmlAsync("/appointments/create/"),
            ["refused create form"] = await refusedForm.Content.ReadAsStringAsync(),
            [DetailPath(id)] = await client.GetPageHtmlAsync(DetailPath(id)),
            [EditPath(id)] = await client.GetPageHtmlAsync(EditPath(id)),
            [DeletePath(id)] = await client.GetPageHtmlAsync(DeletePath(id)),
            ["/account/"] = await client.GetPageHtmlAsync("/account/"),
            ["/account/password/"] = await client.GetPageHtmlAsync("/account/password/"),
            ["404 page"] = await (await client.GetAsync("/no-such-page/")).Content.ReadAsStringAsync(),
        };

        using (new AssertionScope())
        {
            foreach (var (page, html) in pages)
            {
                InlineScript().Matches(html).Select(m => m.Value).Should().BeEmpty($"{page} may load scripts only from files");
                StyleAttribute().Matches(html).Select(m => m.Value).Should().BeEmpty($"{page} may style only through style sheets");
                EventHandlerAttribute().Matches(html).Select(m => m.Value).Should().BeEmpty($"{page} may attach handlers only from script files");
            }
        }
    }

    private static string Header(HttpResponseMessage response, string name)
    {
        response.Headers.TryGetValues(name, out var values).Should().BeTrue($"the answer should carry {name}");
        return string.Join(", ", values!);
    }

    /// <summary>A script element without a src: its code sits in the page.</summary>
    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[a-z][^>]*\sstyle\s*=[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
