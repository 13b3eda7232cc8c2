// Another user's appointment does not exist for you: every page and change answers 404, and it stays as it was.
using System.Net;
using FluentAssertions.Execution;
using Sched.WebUI.IntegrationTests.Infrastructure;
using static Sched.WebUI.IntegrationTests.Infrastructure.AppointmentPages;

namespace Sched.WebUI.IntegrationTests.Appointments;

public sealed class AppointmentOwnershipTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Fact]
    public async Task Another_users_appointment_cannot_be_seen_on_its_detail_edit_or_delete_page()
    {
        var (_, id) = await OwnersAppointmentAsync();
        using var intruder = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        using (new AssertionScope())
        {
            foreach (var path in new[] { DetailPath(id), EditPath(id), DeletePath(id) })
            {
                using var page = await intruder.GetAsync(path);
                page.StatusCode.Should().Be(HttpStatusCode.NotFound, $"GET {path} is another user's");
                (await page.Content.ReadAsStringAsync()).Should().NotContain("Dentist");
            }
        }
    }

    [Fact]
    public async Task Another_users_appointment_cannot_be_edited_or_deleted_and_stays_as_it_was()
    {
        var (owner, id) = await OwnersAppointmentAsync();
        using var intruder = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        var before = await factory.AppointmentsOfAsync(owner);
        var token = await intruder.GetAntiforgeryTokenAsync("/appointments/create/");

        using var edit = await intruder.PostFormAsync(EditPath(id), new AppointmentFields(Title: "Taken over").ToForm(), token);
        using var formDelete = await intruder.PostFormAsync(DeletePath(id), [], token);
        using var scriptDelete = await intruder.DeleteFromScriptAsync(id, token);

        using (new AssertionScope())
        {
            edit.StatusCode.Should().Be(HttpStatusCode.NotFound);
            formDelete.StatusCode.Should().Be(HttpStatusCode.NotFound);
            scriptDelete.StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await scriptDelete.JsonStatusAsync()).Should().Be("Not Found");
        }

        (await factory.AppointmentsOfAsync(owner)).Should().BeEquivalentTo(before);
        (await intruder.ListedAppointmentIdsAsync()).Should().BeEmpty();
    }

    /// <summary>An owner with one appointment, made through the pages; the id is what an intruder would guess.</summary>
    private async Task<(string Owner, int Id)> OwnersAppointmentAsync()
    {
        var owner = TestData.NewEmail();
        using var ownersClient = await factory.CreateSignedInClientAsync(owner);
        return (owner, await ownersClient.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Dentist")));
    }
}
