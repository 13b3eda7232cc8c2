// The private feed over the real app: /account/ turns it on and shows its URL once; the URL serves
// iCalendar without a cookie, answers a conditional GET with 304, and every token that opens no feed
// (wrong, malformed, regenerated, turned off) is a 404; reads are rate-limited per client address.
using System.Net;
using System.Net.Http.Headers;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Calendar;

public sealed class CalendarFeedTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Fact]
    public async Task The_account_page_shows_the_absolute_feed_url_once_and_it_serves_the_calendar_without_a_cookie()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Dentist; bring card", Start: "2026-12-04T09:30"));
        PageHtml.MarkedText(await client.GetPageHtmlAsync("/account/"), "feed-state").Should().Be("Your feed is off.");

        var url = await client.TurnOnFeedAsync();
        var later = await client.GetPageHtmlAsync("/account/");
        using var anonymous = factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        using var response = await anonymous.GetAsync(url);

        url.Scheme.Should().Be("http");
        url.Host.Should().Be("localhost");
        url.AbsolutePath.Should().MatchRegex("^/calendar/feed/[A-Za-z0-9_-]{43}\\.ics$");
        CalendarFeedPages.ShownFeedUrl(later).Should().BeNull("only a hash is kept, so the URL is shown once");
        PageHtml.MarkedText(later, "feed-state").Should().StartWith("Your feed is on");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/calendar; charset=utf-8");
        response.Headers.ETag.Should().NotBeNull();
        response.Content.Headers.LastModified.Should().NotBeNull();
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
        var file = await response.Content.ReadAsByteArrayAsync();
        CalendarText.ContentLines(file).Should().Contain(@"SUMMARY:Dentist\; bring card");
        CalendarText.Parse(file).Events.Should().ContainSingle().Which.Summary.Should().Be("Dentist; bring card");
    }

    [Fact]
    public async Task A_poll_of_an_unchanged_feed_is_answered_304_and_a_change_is_served_in_full()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        var url = await client.TurnOnFeedAsync();
        using var reader = factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        using var first = await reader.GetAsync(url);

        using var byTag = await GetAsync(reader, url, r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));
        using var byDate = await GetAsync(reader, url, r => r.Headers.IfModifiedSince = first.Content.Headers.LastModified);
        await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "New", Start: "2026-12-05T09:30"));
        using var changed = await GetAsync(reader, url, r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));

        byTag.StatusCode.Should().Be(HttpStatusCode.NotModified);
        byDate.StatusCode.Should().Be(HttpStatusCode.NotModified);
        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        changed.Headers.ETag.Should().NotBe(first.Headers.ETag);
        CalendarText.Parse(await changed.Content.ReadAsByteArrayAsync()).Events.Should().ContainSingle().Which.Summary.Should().Be("New");
    }

    [Fact]
    public async Task A_head_request_answers_as_a_get_without_the_body_and_a_wrong_token_is_a_404()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        var url = await client.TurnOnFeedAsync();
        using var reader = factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        using var get = await reader.GetAsync(url);

        using var head = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        using var wrong = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/calendar/feed/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics"));

        head.StatusCode.Should().Be(HttpStatusCode.OK);
        head.Content.Headers.ContentType!.ToString().Should().Be("text/calendar; charset=utf-8");
        head.Headers.ETag.Should().Be(get.Headers.ETag);
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        wrong.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("x")]
    [InlineData("not%20a%20token")]
    [InlineData("..%2F..%2Fappointments")]
    [InlineData("%E2%82%AC%F0%9F%98%80")]
    public async Task A_token_that_opens_no_feed_is_a_404(string token)
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        await client.TurnOnFeedAsync();

        using var response = await client.GetAsync($"/calendar/feed/{token}.ics");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.Should().Be("text/html");
    }

    [Theory]
    [InlineData("/calendar/feed/.ics")]
    [InlineData("/calendar/feed/abc.txt")]
    [InlineData("/calendar/feed/abc")]
    [InlineData("/calendar/feed/abc.ICS")]
    public async Task An_anonymous_request_for_any_other_feed_file_is_a_404_not_a_sign_in(string path)
    {
        using var client = factory.CreateBrowserClient();

        using var response = await client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_very_long_token_is_a_404_too()
    {
        using var client = factory.CreateBrowserClient();

        using var response = await client.GetAsync($"/calendar/feed/{new string('a', 4_000)}.ics");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Regenerating_stops_the_old_url_at_once_and_the_new_one_works()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        var old = await client.TurnOnFeedAsync();

        var fresh = await client.TurnOnFeedAsync();

        fresh.Should().NotBe(old);
        using var reader = factory.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        (await reader.GetAsync(old)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await reader.GetAsync(fresh)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Turning_the_feed_off_makes_its_url_a_404()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        var url = await client.TurnOnFeedAsync();

        await client.TurnOffFeedAsync();

        (await client.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        PageHtml.MarkedText(await client.GetPageHtmlAsync("/account/"), "feed-state").Should().Be("Your feed is off.");
    }

    [Theory]
    [InlineData("/account/feed/")]
    [InlineData("/account/feed/off/")]
    public async Task The_feed_forms_need_an_antiforgery_token(string path)
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        using var response = await client.PostFormAsync(path, [], antiforgeryToken: null);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        PageHtml.MarkedText(await client.GetPageHtmlAsync("/account/"), "feed-state").Should().Be("Your feed is off.");
    }

    [Fact]
    public async Task The_account_page_keeps_the_feed_section_when_the_profile_form_comes_back_with_errors()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        await client.TurnOnFeedAsync();

        using var refused = await client.SaveProfileAsync("Ada", "Not/AZone");

        PageHtml.MarkedText(await refused.FormShownAgainAsync(), "feed-state").Should().StartWith("Your feed is on");
    }

    [Fact]
    public async Task Feed_reads_past_the_limit_per_client_address_get_a_429()
    {
        await using var app = SchedAppFactory.WithSettings(("Sched:RateLimit:FeedPermitsPerMinute", "2"));
        using var client = app.CreateBrowserClient();

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            (await client.GetAsync("/calendar/feed/wrong.ics")).StatusCode.Should().Be(HttpStatusCode.NotFound, $"read {attempt} is within the limit");
        }

        (await client.GetAsync("/calendar/feed/wrong.ics")).StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, Uri url, Action<HttpRequestMessage> conditions)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        conditions(request);
        return client.SendAsync(request);
    }
}
