// Times are entered and shown in the user's own zone, chosen on the account page; the stored instant stays put.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Appointments;

public sealed class TimeZoneTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Fact]
    public async Task Time_entered_in_new_york_is_shown_as_entered_and_moves_by_the_offset_when_the_user_moves_to_berlin()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        using (var toNewYork = await client.SaveProfileAsync("", "America/New_York"))
        {
            toNewYork.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var id = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Start: "2030-07-01T09:00"));

        (await client.WhenShownAsync(id)).Should().Be("2030-07-01 - Monday at 9:00am for 1 hour");
        PageHtml.FieldValue(await client.GetPageHtmlAsync(AppointmentPages.EditPath(id)), "Start").Should().StartWith("2030-07-01T09:00");
        (await factory.AppointmentsOfAsync(email)).Should().ContainSingle()
            .Which.Start.Should().Be(new DateTime(2030, 7, 1, 13, 0, 0, DateTimeKind.Utc), "9:00 in New York in summer is 13:00 UTC");

        using (var toBerlin = await client.SaveProfileAsync("", "Europe/Berlin"))
        {
            toBerlin.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        (await client.WhenShownAsync(id)).Should().Be("2030-07-01 - Monday at 3:00pm for 1 hour", "Berlin is six hours ahead of New York");
        PageHtml.FieldValue(await client.GetPageHtmlAsync(AppointmentPages.EditPath(id)), "Start").Should().StartWith("2030-07-01T15:00");
    }
}
