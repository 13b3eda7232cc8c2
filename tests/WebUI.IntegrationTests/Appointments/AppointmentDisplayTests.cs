// How the list and the detail page show appointments: encoded text, kept line breaks, untitled, empty, pages, times, bad ids.
using System.Net;
using FluentAssertions.Execution;
using Sched.WebUI.IntegrationTests.Infrastructure;
using static Sched.WebUI.IntegrationTests.Infrastructure.AppointmentPages;

namespace Sched.WebUI.IntegrationTests.Appointments;

public sealed class AppointmentDisplayTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    private const string Script = "<script>alert('x')</script>";
    private const string EncodedScript = "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;";

    [Fact]
    public async Task Script_in_title_and_description_is_shown_as_text_in_the_list_and_on_the_detail_page()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        var id = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: Script, Description: Script));

        var list = await client.GetPageHtmlAsync("/appointments/");
        var detail = await client.GetPageHtmlAsync(DetailPath(id));

        list.Should().NotContain("<script>alert");
        PageHtml.MarkedHtml(list, "title").Should().Equal(EncodedScript);
        detail.Should().NotContain("<script>alert").And.Contain($"{EncodedScript}</h1>");
        PageHtml.MarkedHtml(detail, "description").Should().Equal(EncodedScript);
    }

    [Fact]
    public async Task Line_breaks_in_the_description_become_line_breaks_on_the_detail_page()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        var id = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Description: "Bring the card\r\nand the letter\nfrom May"));

        var detail = await client.GetPageHtmlAsync(DetailPath(id));

        PageHtml.MarkedHtml(detail, "description").Should().Equal("Bring the card<br>and the letter<br>from May");
    }

    [Fact]
    public async Task Appointment_without_a_title_is_shown_as_untitled()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        var id = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: ""));

        PageHtml.MarkedText(await client.GetPageHtmlAsync("/appointments/"), "title").Should().Be("(untitled)");
        (await client.GetPageHtmlAsync(DetailPath(id))).Should().Contain(">(untitled)</h1>");
    }

    [Fact]
    public async Task User_without_appointments_is_told_there_are_none()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        var list = await client.GetPageHtmlAsync("/appointments/");

        PageHtml.MarkedText(list, "empty").Should().Be("No appointments.");
        PageHtml.ListedAppointmentIds(list).Should().BeEmpty();
    }

    [Fact]
    public async Task Twenty_one_appointments_make_a_page_of_twenty_with_a_next_link_a_page_of_one_and_nothing_past_it()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        var firstDay = new DateTime(2030, 1, 1, 9, 0, 0, DateTimeKind.Utc);
        var ids = new List<int>();
        for (var day = 20; day >= 0; day--)
        {
            ids.Insert(0, await factory.StoreAppointmentAsync(email, $"Day {day}", firstDay.AddDays(day)));
        }

        var firstPage = await client.GetPageHtmlAsync("/appointments/");
        var secondPage = await client.GetPageHtmlAsync("/appointments/?page=2");

        PageHtml.ListedAppointmentIds(firstPage).Should().Equal(ids.Take(20), "the first page holds the 20 earliest, ordered by start");
        firstPage.Should().Contain("""rel="next" href="/appointments/?page=2">Next</a>""").And.NotContain("rel=\"prev\"");
        PageHtml.ListedAppointmentIds(secondPage).Should().Equal(ids[20]);
        secondPage.Should().Contain("""rel="prev" href="/appointments/?page=1">Previous</a>""").And.NotContain("rel=\"next\"");
        (await client.GetPageHtmlAsync("/appointments/?page=3")).Should()
            .Contain("No appointments on this page.", "a page past the end says so")
            .And.Contain("""<a href="/appointments/">Back to the first page</a>""");
    }

    [Fact]
    public async Task Appointment_without_an_end_lasts_one_hour()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);

        var id = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Start: "2030-05-01T15:30", End: ""));

        (await client.WhenShownAsync(id)).Should().Be("2030-05-01 - Wednesday at 3:30pm for 1 hour");
        var stored = (await factory.AppointmentsOfAsync(email)).Should().ContainSingle().Subject;
        (stored.End - stored.Start).Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task All_day_appointment_shows_its_date_alone()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        var id = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Start: "2030-05-01T10:00", AllDay: true));

        (await client.WhenShownAsync(id)).Should().Be("2030-05-01 - Wednesday");
        (await client.GetPageHtmlAsync("/appointments/")).Should().Contain("2030-05-01 - Wednesday").And.NotContain("10:00am");
    }

    [Fact]
    public async Task Ids_that_are_not_an_appointment_are_a_not_found_page_never_an_error()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        string[] paths =
        [
            "/appointments/abc/", "/appointments/-1/", "/appointments/0/", "/appointments/99999999999/",
            "/appointments/abc/edit/", "/appointments/-1/edit/", "/appointments/99999999999/delete/", "/appointments/1.5/",
        ];

        using (new AssertionScope())
        {
            foreach (var path in paths)
            {
                using var page = await client.GetAsync(path);
                page.StatusCode.Should().Be(HttpStatusCode.NotFound, $"GET {path} names no appointment of the user");
                (await page.Content.ReadAsStringAsync()).Should().Contain("Not found");
            }
        }
    }
}
