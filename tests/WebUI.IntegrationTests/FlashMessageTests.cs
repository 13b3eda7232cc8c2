// Flash messages wait in the TempData cookie: a client that never opens a page between posts must not grow it without end.
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Xunit.Abstractions;
using static Sched.WebUI.IntegrationTests.Infrastructure.AppointmentPages;

namespace Sched.WebUI.IntegrationTests;

public sealed partial class FlashMessageTests(SchedAppFactory factory, ITestOutputHelper output) : IClassFixture<SchedAppFactory>
{
    private const int Creates = 1_000;

    /// <summary>
    /// The most the TempData cookie's Set-Cookie may take, name and flags included. Measured here:
    /// one waiting "Appointment created." 311 bytes, five of them (as many as may wait) 717 bytes;
    /// the rest is room for the data protection's padding. Unbounded, the cookie grew by about 80
    /// bytes a create to 32 KB in chunks, and after 316 creates every request was refused (431).
    /// </summary>
    private const int MaxTempDataCookieBytes = 800;

    [Fact]
    public async Task A_thousand_creates_without_opening_a_page_keep_the_flash_cookie_small_and_the_next_page_shows_the_message()
    {
        // On a real port, so Kestrel's limit on request headers applies as it does in production.
        await using var app = new SchedAppFactory();
        using var client = BrowserClient.ForServer(app.StartOnLoopback());
        var email = TestData.NewEmail();
        await app.CreateUserAsync(email);
        await client.LogInSuccessfullyAsync(email, TestData.Password);
        var token = await client.GetAntiforgeryTokenAsync("/appointments/create/");
        // The same time a thousand times: "Save anyway", or every create after the first is an overlap warning.
        var form = new AppointmentFields(Title: "Stand-up", AllowOverlap: true).ToForm();

        var answers = new SortedDictionary<int, int>();
        var largestCookie = 0;
        for (var i = 0; i < Creates; i++)
        {
            using var created = await client.PostFormAsync("/appointments/create/", form, token);
            answers[(int)created.StatusCode] = answers.GetValueOrDefault((int)created.StatusCode) + 1;
            largestCookie = Math.Max(largestCookie, TempDataCookieBytes(created));
        }

        var summary = $"answers {string.Join(", ", answers.Select(a => $"{a.Key} x{a.Value}"))}; largest TempData Set-Cookie {largestCookie} bytes";
        output.WriteLine(summary);
        answers.Should().Equal(new Dictionary<int, int> { [(int)HttpStatusCode.Redirect] = Creates }, $"every create is answered with a redirect to the list ({summary})");
        largestCookie.Should().BeLessThanOrEqualTo(MaxTempDataCookieBytes, $"waiting flash messages are bounded ({summary})");
        FlashesShown(await client.GetPageHtmlAsync("/appointments/")).Should().Equal("Appointment created.");
        FlashesShown(await client.GetPageHtmlAsync("/appointments/")).Should().BeEmpty("a flash message is shown once");
    }

    [Fact]
    public async Task Only_the_last_five_messages_wait_for_the_next_page_in_the_order_they_came()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        var id = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Dentist"));
        var token = await client.GetAntiforgeryTokenAsync("/appointments/create/");

        var largestCookie = 0;
        for (var i = 0; i < 4; i++)
        {
            using var created = await client.PostFormAsync("/appointments/create/", new AppointmentFields(Title: $"Call {i}", AllowOverlap: true).ToForm(), token);
            using var edited = await client.PostFormAsync(EditPath(id), new AppointmentFields(Title: $"Dentist {i}", AllowOverlap: true).ToForm(), token);
            created.StatusCode.Should().Be(HttpStatusCode.Redirect);
            edited.StatusCode.Should().Be(HttpStatusCode.Redirect);
            largestCookie = Math.Max(largestCookie, Math.Max(TempDataCookieBytes(created), TempDataCookieBytes(edited)));
        }

        largestCookie.Should().BeLessThanOrEqualTo(MaxTempDataCookieBytes, "five waiting messages, as many as may wait, still fit");

        FlashesShown(await client.GetPageHtmlAsync("/appointments/")).Should().Equal(
            "Appointment updated.", "Appointment created.", "Appointment updated.", "Appointment created.", "Appointment updated.");
    }

    /// <summary>The bytes of every Set-Cookie that writes the TempData cookie (or, when it is large, its chunks).</summary>
    private static int TempDataCookieBytes(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Where(c => c.StartsWith(CookieTempDataProvider.CookieName, StringComparison.Ordinal)).Sum(c => c.Length)
            : 0;

    /// <summary>The text of each flash alert on the page, in order.</summary>
    private static IReadOnlyList<string> FlashesShown(string html) =>
        [.. FlashAlert().Matches(html).Select(m => m.Groups["text"].Value.Trim())];

    [GeneratedRegex("""<div class="alert alert-\w+ alert-dismissible[^>]*>(?<text>[^<]*)<""")]
    private static partial Regex FlashAlert();
}
