// The appointment form refuses what cannot be stored, with the error beside its field and what was typed kept.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Appointments;

public sealed class AppointmentFormTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    private static readonly (string, string) BerlinByDefault = ("Sched:DefaultTimeZone", "Europe/Berlin");

    [Theory]
    [InlineData("abc", "")]
    [InlineData("2030-13-45T25:99", "")]
    [InlineData("2030-05-01T15:30", "tomorrow")]
    public async Task Unreadable_time_is_an_error_beside_its_field_and_nothing_is_stored(string start, string end)
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);

        using var create = await client.CreateAppointmentAsync(new AppointmentFields(Title: "Dentist", Start: start, End: end));

        var form = await create.FormShownAgainAsync();
        var field = end.Length == 0 ? "Start" : "End";
        PageHtml.FieldsWithErrors(form).Should().Equal(field);
        PageHtml.FieldError(form, field).Should().NotBeNullOrWhiteSpace();
        PageHtml.FieldValue(form, "Title").Should().Be("Dentist");
        (await factory.AppointmentsOfAsync(email)).Should().BeEmpty();
    }

    [Fact]
    public async Task End_before_start_is_an_error_beside_end_and_the_form_keeps_what_was_typed()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);

        using var create = await client.CreateAppointmentAsync(new AppointmentFields(
            Title: "Dentist", Start: "2030-05-01T15:30", End: "2030-05-01T14:00", Location: "Main Street 1", Description: "Bring the card"));

        var form = await create.FormShownAgainAsync();
        PageHtml.FieldsWithErrors(form).Should().Equal("End");
        PageHtml.FieldError(form, "End").Should().Be("The end cannot be before the start.");
        PageHtml.FieldValue(form, "Title").Should().Be("Dentist");
        PageHtml.FieldValue(form, "Start").Should().Be("2030-05-01T15:30");
        PageHtml.FieldValue(form, "End").Should().Be("2030-05-01T14:00");
        PageHtml.FieldValue(form, "Location").Should().Be("Main Street 1");
        PageHtml.FieldValue(form, "Description").Should().Be("Bring the card");
        (await factory.AppointmentsOfAsync(email)).Should().BeEmpty();
    }

    [Fact]
    public async Task Editing_to_an_end_before_the_start_is_refused_and_keeps_the_stored_appointment()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        var id = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Dentist"));
        var before = await factory.AppointmentsOfAsync(email);

        using var edit = await client.EditAppointmentAsync(id, new AppointmentFields(Title: "Moved", Start: "2030-05-01T15:30", End: "2030-04-01T15:30"));

        var form = await edit.FormShownAgainAsync();
        PageHtml.FieldError(form, "End").Should().Be("The end cannot be before the start.");
        PageHtml.FieldValue(form, "Title").Should().Be("Moved");
        (await factory.AppointmentsOfAsync(email)).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task Time_the_clocks_skip_for_daylight_saving_is_an_error_beside_start()
    {
        await using var app = SchedAppFactory.WithSettings(BerlinByDefault);
        var email = TestData.NewEmail();
        using var client = await app.CreateSignedInClientAsync(email);

        using var create = await client.CreateAppointmentAsync(new AppointmentFields(Start: "2024-03-31T02:30"));

        var form = await create.FormShownAgainAsync();
        PageHtml.FieldsWithErrors(form).Should().Equal("Start");
        PageHtml.FieldError(form, "Start").Should().Contain("2024-03-31 02:30 does not exist in Europe/Berlin");
        (await app.AppointmentsOfAsync(email)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("2024-03-31T01:30", "2024-03-31 - Sunday at 1:30am for 1 hour")]
    [InlineData("2024-10-27T02:30", "2024-10-27 - Sunday at 2:30am for 1 hour")]
    public async Task No_end_next_to_a_daylight_saving_change_means_one_real_hour_later(string start, string shown)
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        using (var toBerlin = await client.SaveProfileAsync("", "Europe/Berlin"))
        {
            toBerlin.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var id = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Start: start, End: ""));

        (await client.WhenShownAsync(id)).Should().Be(shown);
        var stored = (await factory.AppointmentsOfAsync(email)).Should().ContainSingle().Subject;
        stored.Start.TimeOfDay.Should().Be(new TimeSpan(0, 30, 0), "1:30 CET and the first 2:30 (CEST) are both 00:30 UTC");
        (stored.End - stored.Start).Should().Be(TimeSpan.FromHours(1));
    }
}
