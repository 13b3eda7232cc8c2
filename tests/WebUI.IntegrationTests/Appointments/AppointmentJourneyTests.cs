// The life of an appointment through its pages: created, listed, shown, edited, then deleted by form or by script.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;
using static Sched.WebUI.IntegrationTests.Infrastructure.AppointmentPages;

namespace Sched.WebUI.IntegrationTests.Appointments;

public sealed class AppointmentJourneyTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Fact]
    public async Task Appointment_is_created_listed_shown_edited_and_deleted_with_the_confirmation_form()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);

        using var created = await client.CreateAppointmentAsync(new AppointmentFields(
            Title: "Dentist", Start: "2030-05-01T15:30", End: "2030-05-01T16:30", Location: "Main Street 1", Description: "Bring the card"));
        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        created.RedirectTarget().Should().Be("/appointments/");
        var list = await client.GetPageHtmlAsync("/appointments/");
        list.Should().Contain("Appointment created.");
        var id = PageHtml.ListedAppointmentIds(list).Should().ContainSingle().Subject;
        PageHtml.MarkedText(list, "title").Should().Be("Dentist");

        var detail = await client.GetPageHtmlAsync(DetailPath(id));
        detail.Should().Contain(">Dentist</h1>");
        PageHtml.MarkedText(detail, "when").Should().Be("2030-05-01 - Wednesday at 3:30pm for 1 hour");
        PageHtml.MarkedText(detail, "location").Should().Be("Main Street 1");
        PageHtml.MarkedText(detail, "description").Should().Be("Bring the card");

        var editForm = await client.GetPageHtmlAsync(EditPath(id));
        PageHtml.FieldValue(editForm, "Title").Should().Be("Dentist");
        PageHtml.FieldValue(editForm, "Description").Should().Be("Bring the card");
        using var edited = await client.EditAppointmentAsync(id, new AppointmentFields(
            Title: "Dentist, moved", Start: "2030-05-02T09:00", End: "2030-05-02T09:45", Location: "Main Street 1"));
        edited.StatusCode.Should().Be(HttpStatusCode.Redirect);
        edited.RedirectTarget().Should().Be(DetailPath(id));
        var editedDetail = await client.GetPageHtmlAsync(DetailPath(id));
        editedDetail.Should().Contain("Appointment updated.").And.Contain(">Dentist, moved</h1>");
        PageHtml.MarkedText(editedDetail, "when").Should().Be("2030-05-02 - Thursday at 9:00am for 45 minutes");
        PageHtml.MarkedHtml(editedDetail, "description").Should().BeEmpty("the description was emptied");

        (await client.GetPageHtmlAsync(DeletePath(id))).Should().Contain("Delete this appointment?");
        using var deleted = await client.SubmitFormAsync(DeletePath(id), []);
        deleted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        deleted.RedirectTarget().Should().Be("/appointments/");
        var listAfter = await client.GetPageHtmlAsync("/appointments/");
        listAfter.Should().Contain("Appointment deleted.").And.Contain("No appointments.");
        using var gone = await client.GetAsync(DetailPath(id));
        gone.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await factory.AppointmentsOfAsync(email)).Should().BeEmpty();
    }

    [Fact]
    public async Task Detail_page_script_deletes_with_http_delete_and_is_told_ok_then_not_found()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        var id = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields());
        var token = await client.GetAntiforgeryTokenAsync(DetailPath(id));

        using var deleted = await client.DeleteFromScriptAsync(id, token);

        deleted.StatusCode.Should().Be(HttpStatusCode.OK);
        (await deleted.JsonStatusAsync()).Should().Be("OK");
        (await factory.AppointmentsOfAsync(email)).Should().BeEmpty();
        var list = await client.GetPageHtmlAsync("/appointments/");
        list.Should().Contain("Appointment deleted.").And.Contain("No appointments.");
        using var again = await client.DeleteFromScriptAsync(id, token);
        again.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await again.JsonStatusAsync()).Should().Be("Not Found");
    }
}
