// The list's URLs: upcoming by default, ?show=past and ?show=all, ?q= searching them, the tabs and
// page links that keep both, the empty states, and bad input answered plainly (on either database).
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Appointments;

public sealed class AppointmentListTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Fact]
    public async Task Upcoming_is_the_default_past_and_all_are_a_tab_away()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        var now = DateTime.UtcNow;
        var lastMonth = await factory.StoreAppointmentAsync(email, "Last month", now.AddDays(-30));
        var inProgress = await factory.StoreAppointmentAsync(email, "In progress", now.AddMinutes(-30));
        var nextWeek = await factory.StoreAppointmentAsync(email, "Next week", now.AddDays(7));

        var upcoming = await client.GetPageHtmlAsync("/appointments/");
        var past = await client.GetPageHtmlAsync("/appointments/?show=past");
        var all = await client.GetPageHtmlAsync("/appointments/?show=all");

        PageHtml.ListedAppointmentIds(upcoming).Should().Equal(inProgress, nextWeek);
        upcoming.Should().Contain("""<a class="nav-link active" aria-current="page" href="/appointments/">Upcoming</a>""");
        PageHtml.ListedAppointmentIds(past).Should().Equal(lastMonth);
        past.Should().Contain("""<a class="nav-link active" aria-current="page" href="/appointments/?show=past">Past</a>""")
            .And.Contain("""<a class="nav-link" href="/appointments/">Upcoming</a>""");
        PageHtml.ListedAppointmentIds(all).Should().Equal(lastMonth, inProgress, nextWeek);
        all.Should().Contain("""aria-current="page" href="/appointments/?show=all">All</a>""");
    }

    [Fact]
    public async Task A_search_keeps_its_list_and_its_words_in_the_tabs_and_page_links()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        var tomorrow = DateTime.UtcNow.Date.AddDays(1);
        var yoga = new List<int>();
        for (var day = 0; day < 21; day++)
        {
            yoga.Add(await factory.StoreAppointmentAsync(email, $"Yoga & tea {day}", tomorrow.AddDays(day).AddHours(18)));
            await factory.StoreAppointmentAsync(email, $"Dentist {day}", tomorrow.AddDays(day).AddHours(9));
        }

        var first = await client.GetPageHtmlAsync("/appointments/?q=YOGA%20%26%20TEA");
        var second = await client.GetPageHtmlAsync("/appointments/?q=YOGA%20%26%20TEA&page=2");

        PageHtml.ListedAppointmentIds(first).Should().Equal(yoga.Take(20));
        first.Should().Contain("""rel="next" href="/appointments/?q=YOGA%20%26%20TEA&amp;page=2">Next</a>""")
            .And.Contain("""<a class="nav-link" href="/appointments/?show=past&amp;q=YOGA%20%26%20TEA">Past</a>""");
        PageHtml.FieldValue(first, "q").Should().Be("YOGA & TEA");
        PageHtml.ListedAppointmentIds(second).Should().Equal(yoga[20]);
        second.Should().Contain("""rel="prev" href="/appointments/?q=YOGA%20%26%20TEA&amp;page=1">Previous</a>""");
        PageHtml.ListedAppointmentIds(await client.GetPageHtmlAsync("/appointments/?show=past&q=yoga")).Should().BeEmpty();
        var pastForm = await client.GetPageHtmlAsync("/appointments/?show=past");
        pastForm.Should().Contain("""<input type="hidden" name="show" value="past" />""", "searching from the past tab searches the past");
    }

    [Theory]
    [InlineData("%C3%A4rzte", "Ärzte-Treffen")]
    [InlineData("%C3%89COLE", "Parents' evening")]
    [InlineData("%25", "100% sure")]
    [InlineData("_", "snake_case")]
    [InlineData("%5C", "C:\\temp")]
    public async Task A_search_ignores_letter_case_beyond_ASCII_and_takes_wildcards_literally(string query, string title)
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        var ids = new Dictionary<string, int>();
        foreach (var (name, location) in new[] { ("Ärzte-Treffen", ""), ("Parents' evening", "école du soir"), ("100% sure", ""), ("snake_case", ""), ("C:\\temp", ""), ("Plain", "") })
        {
            // All at the form's default time: "Save anyway", since overlapping is not what this test is about.
            using var created = await client.CreateAppointmentAsync(new AppointmentFields(Title: name, Location: location, AllowOverlap: true));
            created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        foreach (var row in await factory.AppointmentsOfAsync(email))
        {
            ids[row.Title!] = row.Id;
        }

        PageHtml.ListedAppointmentIds(await client.GetPageHtmlAsync($"/appointments/?q={query}")).Should().Equal(ids[title]);
    }

    [Fact]
    public async Task Each_empty_list_says_what_is_empty_and_a_search_is_shown_as_text()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);

        PageHtml.MarkedText(await client.GetPageHtmlAsync("/appointments/?show=past"), "empty").Should().Be("No appointments.");
        await factory.StoreAppointmentAsync(email, "Last month", DateTime.UtcNow.AddDays(-30));

        PageHtml.MarkedText(await client.GetPageHtmlAsync("/appointments/"), "empty").Should().Be("No upcoming appointments.");
        var search = await client.GetPageHtmlAsync("/appointments/?show=all&q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        PageHtml.MarkedText(search, "empty").Should().Be("Nothing matches “<script>alert(1)</script>”.");
        search.Should().NotContain("<script>alert(1)");
        await factory.StoreAppointmentAsync(email, "Next month", DateTime.UtcNow.AddDays(30));
        PageHtml.MarkedText(await client.GetPageHtmlAsync("/appointments/?show=past&page=2"), "empty").Should()
            .StartWith("No appointments on this page.");
        (await client.GetPageHtmlAsync("/appointments/?show=past&page=2")).Should()
            .Contain("""<a href="/appointments/?show=past">Back to the first page</a>""");
    }

    [Theory]
    [InlineData("future")]
    [InlineData("1")]
    [InlineData("%3Cb%3E")]
    public async Task A_list_word_that_names_no_list_is_a_not_found_page(string show)
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        using var page = await client.GetAsync($"/appointments/?show={show}");

        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync()).Should().Contain("Not found");
    }

    [Fact]
    public async Task A_search_over_a_hundred_characters_is_refused_with_a_message_and_one_of_a_hundred_runs()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        await factory.StoreAppointmentAsync(email, new string('a', 100), DateTime.UtcNow.AddDays(1));

        using var refused = await client.GetAsync($"/appointments/?q={new string('a', 101)}");
        var accepted = await client.GetPageHtmlAsync($"/appointments/?q={new string('A', 100)}");

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        PageHtml.MarkedText(html, "search-refused").Should().Be("A search has at most 100 characters; this one has 101.");
        PageHtml.ListedAppointmentIds(html).Should().BeEmpty();
        PageHtml.ListedAppointmentIds(accepted).Should().ContainSingle();
    }
}
