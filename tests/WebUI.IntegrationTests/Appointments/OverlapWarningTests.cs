// The overlap warning on the appointment form: what it lists (encoded), that nothing is stored, and "Save anyway".
using System.Net;
using System.Text.RegularExpressions;
using Sched.WebUI.IntegrationTests.Infrastructure;
using static Sched.WebUI.IntegrationTests.Infrastructure.AppointmentPages;

namespace Sched.WebUI.IntegrationTests.Appointments;

public sealed class OverlapWarningTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    private const string Script = "<script>alert('x')</script>";
    private const string EncodedScript = "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;";

    [Fact]
    public async Task A_create_that_overlaps_shows_the_form_again_with_a_warning_listing_title_time_and_link_and_stores_nothing()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        var dentistId = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Dentist", Start: "2030-05-01T15:30"));

        using var create = await client.CreateAppointmentAsync(new AppointmentFields(Title: "Barber", Start: "2030-05-01T16:00", Location: "Elm Street 2"));

        var form = await create.FormShownAgainAsync();
        ListedText(form).Should().Equal("Dentist, 2030-05-01 - Wednesday at 3:30pm");
        PageHtml.MarkedHtml(form, "overlap").Should().ContainSingle().Which.Should().Contain($"href=\"{DetailPath(dentistId)}\">Dentist</a>");
        form.Should().Contain("role=\"alert\"").And.Contain("<button type=\"submit\" name=\"AllowOverlap\" value=\"true\"");
        PageHtml.MarkedHtml(form, "overlap-more").Should().BeEmpty();
        form.Should().MatchRegex("<section[^>]*role=\"alert\"[^>]*tabindex=\"-1\" autofocus", "the warning takes the focus")
            .And.NotMatchRegex("<input(?=[^>]*name=\"Title\")[^>]*autofocus", "only one element asks for the focus");
        PageHtml.FieldValue(form, "Title").Should().Be("Barber");
        PageHtml.FieldValue(form, "Start").Should().Be("2030-05-01T16:00");
        PageHtml.FieldValue(form, "Location").Should().Be("Elm Street 2");
        (await factory.AppointmentsOfAsync(email)).Select(a => a.Id).Should().Equal(dentistId);
    }

    [Fact]
    public async Task The_normal_submit_warns_again_and_Save_anyway_stores_it()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Dentist"));
        var barber = new AppointmentFields(Title: "Barber", Start: "2030-05-01T16:00");

        using var first = await client.CreateAppointmentAsync(barber);
        using var again = await client.CreateAppointmentAsync(barber);
        PageHtml.MarkedHtml(await again.FormShownAgainAsync(), "overlap").Should().ContainSingle();
        (await factory.AppointmentsOfAsync(email)).Should().ContainSingle();

        using var anyway = await client.CreateAppointmentAsync(barber with { AllowOverlap = true });

        anyway.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anyway.RedirectTarget().Should().Be("/appointments/");
        (await factory.AppointmentsOfAsync(email)).Select(a => a.Title).Should().Equal("Dentist", "Barber");
    }

    [Fact]
    public async Task Titles_in_the_warning_are_encoded_and_an_untitled_one_reads_untitled()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: Script, Start: "2030-05-01T15:30"));
        await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "", Start: "2030-05-01T15:45", AllowOverlap: true));

        using var create = await client.CreateAppointmentAsync(new AppointmentFields(Title: "Barber", Start: "2030-05-01T16:00"));

        var form = await create.FormShownAgainAsync();
        form.Should().NotContain("<script>alert");
        var listed = PageHtml.MarkedHtml(form, "overlap");
        listed.Should().HaveCount(2);
        listed[0].Should().Contain($">{EncodedScript}</a>");
        listed[1].Should().Contain(">(untitled)</a>, 2030-05-01 - Wednesday at 3:45pm");
    }

    [Fact]
    public async Task An_all_day_appointment_is_listed_with_its_day()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Holiday", Start: "2030-05-01T00:00", AllDay: true));

        using var create = await client.CreateAppointmentAsync(new AppointmentFields(Title: "Late call", Start: "2030-05-01T23:30"));

        ListedText(await create.FormShownAgainAsync()).Should().Equal("Holiday, 2030-05-01 - Wednesday");
    }

    [Fact]
    public async Task An_edit_onto_another_appointment_warns_and_changes_nothing_until_Save_anyway()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        var dentistId = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Dentist", Start: "2030-05-01T15:30"));
        var barberId = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Barber", Start: "2030-05-02T09:00"));
        var before = await factory.AppointmentsOfAsync(email);
        var moved = new AppointmentFields(Title: "Barber, moved", Start: "2030-05-01T15:00");

        using var edit = await client.EditAppointmentAsync(barberId, moved);

        var form = await edit.FormShownAgainAsync();
        PageHtml.MarkedHtml(form, "overlap").Should().ContainSingle().Which.Should().Contain($"href=\"{DetailPath(dentistId)}\"");
        PageHtml.FieldValue(form, "Title").Should().Be("Barber, moved");
        form.Should().Contain($"action=\"{EditPath(barberId)}\"");
        (await factory.AppointmentsOfAsync(email)).Should().BeEquivalentTo(before);

        using var anyway = await client.EditAppointmentAsync(barberId, moved with { AllowOverlap = true });

        anyway.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anyway.RedirectTarget().Should().Be(DetailPath(barberId));
        (await client.WhenShownAsync(barberId)).Should().Be("2030-05-01 - Wednesday at 3:00pm for 1 hour");
    }

    [Fact]
    public async Task An_edit_that_overlaps_only_its_own_old_times_is_saved_without_a_warning()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        var id = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Dentist", Start: "2030-05-01T15:30"));

        using var edit = await client.EditAppointmentAsync(id, new AppointmentFields(Title: "Dentist", Start: "2030-05-01T16:00"));

        edit.StatusCode.Should().Be(HttpStatusCode.Redirect);
        edit.RedirectTarget().Should().Be(DetailPath(id));
    }

    [Fact]
    public async Task Another_users_appointment_at_the_same_time_gives_no_warning()
    {
        using var grace = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        await grace.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Grace's review"));
        using var ada = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        using var create = await ada.CreateAppointmentAsync(new AppointmentFields(Title: "Dentist"));

        create.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_warning_is_an_expected_outcome_and_logs_no_error()
    {
        await using var app = SchedAppFactory.RecordingErrors();
        using var client = await app.CreateSignedInClientAsync(TestData.NewEmail());
        await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Dentist"));

        using var create = await client.CreateAppointmentAsync(new AppointmentFields(Title: "Barber"));

        PageHtml.MarkedHtml(await create.FormShownAgainAsync(), "overlap").Should().ContainSingle();
        app.Errors.All.Should().BeEmpty();
    }

    [Fact]
    public async Task More_than_ten_overlaps_list_ten_and_say_there_are_more()
    {
        var email = TestData.NewEmail();
        using var client = await factory.CreateSignedInClientAsync(email);
        for (var minute = 0; minute < 11; minute++)
        {
            await factory.StoreAppointmentAsync(email, $"At 9:{minute:00}", new DateTime(2030, 5, 1, 9, minute, 0, DateTimeKind.Utc));
        }

        using var create = await client.CreateAppointmentAsync(new AppointmentFields(Title: "Meeting", Start: "2030-05-01T09:30"));

        var form = await create.FormShownAgainAsync();
        PageHtml.MarkedHtml(form, "overlap").Should().HaveCount(10);
        PageHtml.MarkedText(form, "overlap-more").Should().Be("and more.");
    }

    [Fact]
    public async Task On_PostgreSQL_the_same_overlaps_are_found_and_Save_anyway_stores()
    {
        await using var app = SchedAppFactory.WithSettings(("Sched:Database:Provider", "PostgreSQL"), ("Sched:DefaultTimeZone", "America/New_York"));
        var email = TestData.NewEmail();
        using var client = await app.CreateSignedInClientAsync(email);
        await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Holiday", Start: "2030-05-01T00:00", AllDay: true));
        await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Dentist", Start: "2030-05-02T09:00"));

        using var lateCall = await client.CreateAppointmentAsync(new AppointmentFields(Title: "Late call", Start: "2030-05-01T23:30"));
        using var nextMorning = await client.CreateAppointmentAsync(new AppointmentFields(Title: "Breakfast", Start: "2030-05-02T08:00"));
        using var anyway = await client.CreateAppointmentAsync(new AppointmentFields(Title: "Late call", Start: "2030-05-01T23:30", AllowOverlap: true));

        ListedText(await lateCall.FormShownAgainAsync()).Should().Equal("Holiday, 2030-05-01 - Wednesday");
        nextMorning.StatusCode.Should().Be(HttpStatusCode.Redirect, "08:00–09:00 ends as the dentist starts, on the day after the holiday");
        anyway.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await app.AppointmentsOfAsync(email)).Select(a => a.Title).Should().Equal("Holiday", "Late call", "Breakfast", "Dentist");
    }

    [Fact]
    public async Task The_form_without_a_warning_has_no_Save_anyway_button()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        var form = await client.GetPageHtmlAsync("/appointments/create/");

        form.Should().NotContain("AllowOverlap").And.NotContain("id=\"overlap-warning\"");
        form.Should().MatchRegex("<input(?=[^>]*name=\"Title\")[^>]*autofocus", "without a warning the title takes the focus");
    }

    /// <summary>Each listed overlap as the reader sees it: the link's text and the time, tags left out.</summary>
    private static IEnumerable<string> ListedText(string html) =>
        PageHtml.MarkedHtml(html, "overlap").Select(item => WebUtility.HtmlDecode(Regex.Replace(item, "<[^>]+>", string.Empty)));
}
