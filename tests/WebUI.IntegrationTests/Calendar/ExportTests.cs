// GET /appointments/export.ics over the real app: the signed-in user's appointments as a downloaded
// iCalendar file; nobody else's, and nothing for an anonymous visitor.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Calendar;

public sealed class ExportTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    private const string ExportPath = "/appointments/export.ics";

    [Fact]
    public async Task The_export_downloads_the_users_appointments_as_one_calendar_file()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(
            Title: "Review, then lunch; maybe", Start: "2031-03-04T09:30", End: "2031-03-04T10:00", Description: "Bring:\r\n- notes\r\n- ключи"));
        await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Holiday", Start: "2031-03-10T00:00", End: "2031-03-12T00:00", AllDay: true));
        using var other = await factory.CreateSignedInClientAsync(TestData.NewEmail("other"));
        await other.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Not yours", Start: "2031-03-04T09:30"));

        using var response = await client.GetAsync(ExportPath);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/calendar; charset=utf-8");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName.Should().Be("sched.ics");
        var file = await response.Content.ReadAsByteArrayAsync();
        var stored = await factory.AppointmentsOfAsync(email);
        var events = CalendarText.Parse(file).Events.OrderBy(e => e.DtStart).ToList();
        events.Select(e => e.Uid).Should().Equal(stored.Select(a => a.Uid));
        events.Select(e => e.Summary).Should().Equal("Review, then lunch; maybe", "Holiday");
        events[0].Description.Should().Be("Bring:\n- notes\n- ключи", "line breaks are kept (as LF, the line break of iCalendar text)");
        CalendarText.EventLines(CalendarText.ContentLines(file), stored[1].Uid)
            .Should().Contain(["DTSTART;VALUE=DATE:20310310", "DTEND;VALUE=DATE:20310313"]);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_log_in()
    {
        using var client = factory.CreateBrowserClient();

        using var response = await client.GetAsync(ExportPath);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.RedirectTarget().Should().StartWith("/login/");
    }

    [Fact]
    public async Task The_list_links_to_the_export()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        var html = await client.GetPageHtmlAsync("/appointments/");

        html.Should().Contain($"href=\"{ExportPath}\"");
    }
}
