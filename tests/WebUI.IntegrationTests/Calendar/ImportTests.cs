// /appointments/import/ over the real app: choose a file, read the preview, confirm; bad files get an
// error beside the file field, never a 500, and store nothing.
using System.Net;
using System.Text;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Calendar;

public sealed class ImportTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    private static readonly byte[] TwoEvents = Encoding.UTF8.GetBytes(string.Join("\r\n",
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Test//EN",
        "BEGIN:VEVENT", "UID:dentist@example.com", "SUMMARY:Dentist <b>", "DTSTART:20310304T143000Z", "DTEND:20310304T151500Z", "END:VEVENT",
        "BEGIN:VEVENT", "UID:holiday@example.com", "SUMMARY:Holiday", "DTSTART;VALUE=DATE:20310310", "DTEND;VALUE=DATE:20310312", "END:VEVENT",
        "BEGIN:VTODO", "UID:todo@example.com", "SUMMARY:Buy milk", "END:VTODO",
        "END:VCALENDAR", string.Empty));

    [Fact]
    public async Task The_list_links_to_the_import_form_which_takes_an_ics_file()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        var list = await client.GetPageHtmlAsync("/appointments/");
        var form = await client.GetPageHtmlAsync(CalendarImportSteps.ImportPath);

        list.Should().Contain($"href=\"{CalendarImportSteps.ImportPath}\"");
        form.Should().Contain("enctype=\"multipart/form-data\"").And.Contain("type=\"file\"").And.Contain("accept=\".ics,text/calendar\"");
    }

    [Fact]
    public async Task A_file_is_previewed_stored_only_when_confirmed_and_the_list_then_shows_it_with_a_flash()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);

        var preview = await client.PreviewCalendarAsync(TwoEvents);

        preview.Should().Contain("2 appointments will be imported.").And.Contain("Dentist &lt;b&gt;").And.Contain("Buy milk")
            .And.Contain("Sched keeps appointments, not to-dos.");
        (await factory.AppointmentsOfAsync(email)).Should().BeEmpty("nothing is stored before the import is confirmed");

        using var confirm = await client.ConfirmImportAsync(preview);

        confirm.StatusCode.Should().Be(HttpStatusCode.Redirect);
        confirm.RedirectTarget().Should().Be("/appointments/");
        (await client.GetPageHtmlAsync("/appointments/?show=all")).Should().Contain("Imported 2 appointments.").And.Contain("Holiday");
        (await factory.AppointmentsOfAsync(email)).Select(a => (a.Uid, a.Title, a.AllDay))
            .Should().Equal(("dentist@example.com", "Dentist <b>", false), ("holiday@example.com", "Holiday", true));
    }

    [Fact]
    public async Task Importing_the_same_file_again_adds_nothing_and_says_so()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        await client.ImportCalendarAsync(TwoEvents);

        await client.ImportCalendarAsync(TwoEvents);

        (await client.GetPageHtmlAsync("/appointments/")).Should().Contain("Imported 2 appointments (2 already here: updated, not added again).");
        (await factory.AppointmentsOfAsync(email)).Should().HaveCount(2);
    }

    [Fact]
    public async Task One_appointment_is_one_in_the_flash()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        await client.ImportCalendarAsync(Encoding.UTF8.GetBytes(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:one\r\nDTSTART:20310304T143000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));

        (await client.GetPageHtmlAsync("/appointments/")).Should().Contain("Imported 1 appointment.");
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty", [], "Choose an .ics file to import." },
        { "binary", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFE, 0x00, 0x01], "it is not UTF-8 text" },
        { "text", "Dear Ada, see you at 10."u8.ToArray(), "it does not begin with BEGIN:VCALENDAR" },
        { "truncated", TwoEvents[..(TwoEvents.Length / 2)], "its calendar has no END:VCALENDAR" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_gets_an_error_beside_the_file_field_and_stores_nothing(string kind, byte[] file, string message)
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);

        using var response = await client.UploadCalendarAsync(file);

        var html = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().BeLessThan(500, kind);
        PageHtml.FieldError(html, "File").Should().Contain(message, kind);
        (await factory.AppointmentsOfAsync(email)).Should().BeEmpty();
    }

    [Fact]
    public async Task No_file_at_all_is_the_same_error()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        using var response = await client.PostFormAsync(
            CalendarImportSteps.ImportPath, [], await client.GetAntiforgeryTokenAsync(CalendarImportSteps.ImportPath));

        PageHtml.FieldError(await response.Content.ReadAsStringAsync(), "File").Should().Be("Choose an .ics file to import.");
    }

    [Theory]
    [InlineData(1024 * 1024 + 1)]
    [InlineData(3 * 1024 * 1024)]
    public async Task A_file_over_the_limit_gets_the_form_again_with_the_error_not_a_bare_413(int size)
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        var file = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\n" + new string('X', size));

        using var response = await client.UploadCalendarAsync(file);

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge);
        PageHtml.FieldError(html, "File").Should().StartWith("The file is larger than 1 MB");
        html.Should().Contain("type=\"file\"");
        (await factory.AppointmentsOfAsync(email)).Should().BeEmpty();
    }

    [Fact]
    public async Task Other_posts_keep_the_usual_body_cap()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        using var create = await client.CreateAppointmentAsync(new AppointmentFields(Description: new string('x', 200_000)));

        create.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await create.Content.ReadAsStringAsync()).Should().Contain("Too large").And.NotContain("type=\"file\"");
    }

    [Fact]
    public async Task Confirming_another_users_preview_stores_nothing_and_says_the_preview_is_gone()
    {
        using var ada = await factory.CreateSignedInClientAsync(TestData.NewEmail("ada"));
        var preview = await ada.PreviewCalendarAsync(TwoEvents);
        var graceEmail = TestData.NewEmail("grace");
        using var grace = await factory.CreateSignedInClientAsync(graceEmail);

        using var response = await grace.PostFormAsync(
            CalendarImportSteps.ConfirmPath,
            [new("PendingImportId", CalendarImportSteps.PendingImportId(preview)!)],
            await grace.GetAntiforgeryTokenAsync(CalendarImportSteps.ImportPath));

        (await response.Content.ReadAsStringAsync()).Should().Contain("This preview has expired or was already imported.");
        (await factory.AppointmentsOfAsync(graceEmail)).Should().BeEmpty();
    }

    [Fact]
    public async Task The_import_post_needs_an_antiforgery_token()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);

        using var response = await client.PostAsync(CalendarImportSteps.ImportPath, CalendarImportSteps.ImportForm(TwoEvents, "a.ics", antiforgeryToken: null));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_export_imported_into_a_fresh_account_gives_the_same_appointments()
    {
        var adaEmail = TestData.NewEmail("ada");
        using var ada = await factory.CreateSignedInClientAsync(adaEmail);
        await ada.CreateAppointmentAndGetIdAsync(new AppointmentFields(
            Title: "Review, then lunch; maybe \\o/", Start: "2031-03-04T09:30", End: "2031-03-04T10:00",
            Location: "Café Zoë, 2nd floor; room 4", Description: "Bring:\r\n- notes, pens; tea\r\n- ключи 鍵 🔑"));
        await ada.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Holiday 休暇", Start: "2031-03-10T00:00", End: "2031-03-12T00:00", AllDay: true));
        await ada.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "", Start: "2031-03-15T23:30", End: "2031-03-16T01:00"));
        using var export = await ada.GetAsync("/appointments/export.ics");
        var file = await export.Content.ReadAsByteArrayAsync();
        var graceEmail = TestData.NewEmail("grace");
        using var grace = await factory.CreateSignedInClientAsync(graceEmail);

        await grace.ImportCalendarAsync(file);

        var original = await factory.AppointmentsOfAsync(adaEmail);
        var imported = await factory.AppointmentsOfAsync(graceEmail);
        imported.Select(Comparable).Should().Equal(original.Select(Comparable));
        imported[0].Description.Should().Be("Bring:\n- notes, pens; tea\n- ключи 鍵 🔑", "line breaks come back as iCalendar's LF");
    }

    private static object Comparable(Sched.Domain.Appointments.Appointment a) =>
        (a.Uid, a.Title, a.Location, a.Description?.ReplaceLineEndings("\n"), a.Start, a.End, a.AllDay, a.FirstDay, a.LastDay);

    public static TheoryData<string, string[]> ClientFiles => new()
    {
        { "google.ics", ["Early run with the club|2031-06-30T13:00:00Z|2031-06-30T14:00:00Z", "Team lunch|2031-07-02T17:00:00Z|2031-07-02T18:00:00Z"] },
        { "outlook.ics", ["Budget review|2031-09-16T14:00:00Z|2031-09-16T14:30:00Z"] },
        { "apple.ics", ["Call with Grace|2031-09-16T14:00:00Z|2031-09-16T14:30:00Z", "Christmas Day|2031-12-25|2031-12-25"] },
        { "thunderbird.ics", ["Zahnarzt \"Dr. Müller\",;\\|2031-11-04T11:45:00Z|2031-11-04T12:45:00Z"] },
    };

    [Theory]
    [MemberData(nameof(ClientFiles))]
    public async Task Files_as_calendar_clients_write_them_import_at_the_right_instants(string fixture, string[] expected)
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);

        await client.ImportCalendarAsync(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Calendar", "Fixtures", fixture)));

        (await factory.AppointmentsOfAsync(email)).Select(a => a.AllDay
                ? $"{a.Title}|{a.FirstDay:yyyy-MM-dd}|{a.LastDay:yyyy-MM-dd}"
                : $"{a.Title}|{a.Start:yyyy-MM-dd'T'HH:mm:ss'Z'}|{a.End:yyyy-MM-dd'T'HH:mm:ss'Z'}")
            .Should().Equal(expected);
    }
}
