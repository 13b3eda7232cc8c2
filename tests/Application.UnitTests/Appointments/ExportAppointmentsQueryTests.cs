// ExportAppointmentsQuery: the current user's appointments as one RFC 5545 file, read back raw and with Ical.Net.
using Sched.Application.Appointments.Commands.CreateAppointment;
using Sched.Application.Appointments.Commands.UpdateAppointment;
using Sched.Application.Appointments.Queries.ExportAppointments;

namespace Sched.Application.UnitTests.Appointments;

public sealed class ExportAppointmentsQueryTests : AppointmentUseCaseTests
{
    [Fact]
    public async Task Holds_only_the_current_users_appointments_with_their_uids_and_times_in_utc()
    {
        ActAs(AdaId, Zones.NewYork);
        var dentist = await AddAppointmentAsync("Dentist", Local(2031, 3, 4, 9, 30), Local(2031, 3, 4, 10, 15));
        await AddAppointmentForAsync(GraceId, "Grace's", Utc(2031, 3, 4, 12));

        var file = await ExportAsync();

        var calendarEvent = CalendarText.Parse(file.Content).Events.Should().ContainSingle().Subject;
        calendarEvent.Uid.Should().Be((await StoredAsync(dentist))!.Uid);
        calendarEvent.Summary.Should().Be("Dentist");
        var lines = CalendarText.EventLines(CalendarText.ContentLines(file.Content), calendarEvent.Uid!);
        lines.Should().Contain(["DTSTART:20310304T143000Z", "DTEND:20310304T151500Z", "SEQUENCE:0"]);
        file.FileName.Should().Be("sched.ics");
    }

    [Fact]
    public async Task An_edit_keeps_the_uid_and_raises_the_sequence_and_the_last_modified_time()
    {
        var id = await AddAppointmentAsync("Dentist", Local(2031, 3, 4, 9, 30));
        var uid = (await StoredAsync(id))!.Uid;
        Host.Clock.Advance(TimeSpan.FromDays(2));

        await Host.SendAsync(new UpdateAppointmentCommand(id, "Dentist, moved", Local(2031, 3, 5, 9, 30), null, false, null, null, AllowOverlap: true));

        var lines = CalendarText.EventLines(CalendarText.ContentLines((await ExportAsync()).Content), uid);
        var edited = SchedTestHost.Start.AddDays(2).UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        lines.Should().Contain(["SEQUENCE:1", $"LAST-MODIFIED:{edited}", $"DTSTAMP:{edited}", "DTSTART:20310305T093000Z"]);
    }

    [Fact]
    public async Task An_all_day_appointment_is_written_as_dates_ending_on_the_day_after_its_last()
    {
        ActAs(AdaId, Zones.NewYork);
        var id = await AddAppointmentAsync("Holiday", Local(2031, 3, 4), Local(2031, 3, 5), allDay: true);
        var uid = (await StoredAsync(id))!.Uid;

        var file = await ExportAsync();

        CalendarText.EventLines(CalendarText.ContentLines(file.Content), uid)
            .Should().Contain(["DTSTART;VALUE=DATE:20310304", "DTEND;VALUE=DATE:20310306"]);
        var calendarEvent = CalendarText.Parse(file.Content).Events.Single();
        calendarEvent.IsAllDay.Should().BeTrue();
        (calendarEvent.DtStart!.Date, calendarEvent.DtEnd!.Date).Should().Be((new DateOnly(2031, 3, 4), new DateOnly(2031, 3, 6)));
    }

    [Fact]
    public async Task Text_is_escaped_folded_at_75_octets_without_splitting_characters_and_reads_back_the_same()
    {
        const string title = @"Lunch, then review; C:\notes";
        const string location = "Café Zoë, Straße 5; 2nd floor";
        var description = "First line\nSecond line, with; all\\of it\n" + string.Join(" ", Enumerable.Repeat("日本語のテキストと😀絵文字", 12));
        var id = await Host.SendAsync(new CreateAppointmentCommand(title, Local(2031, 3, 4, 12, 0), null, false, location, description, AllowOverlap: true));
        var uid = (await StoredAsync(id))!.Uid;

        var file = await ExportAsync();

        var lines = CalendarText.ContentLines(file.Content);
        lines.Should().StartWith(["BEGIN:VCALENDAR"]).And.EndWith(["END:VCALENDAR"]);
        lines.Should().Contain(["VERSION:2.0", "PRODID:-//Sched//Sched appointments//EN"]);
        var eventLines = CalendarText.EventLines(lines, uid);
        eventLines.Should().Contain([@"SUMMARY:Lunch\, then review\; C:\\notes", @"LOCATION:Café Zoë\, Straße 5\; 2nd floor"]);
        eventLines.Should().Contain(l => l.StartsWith(@"DESCRIPTION:First line\nSecond line\, with\; all\\of it\n日本語", StringComparison.Ordinal));
        var calendarEvent = CalendarText.Parse(file.Content).Events.Single();
        (calendarEvent.Summary, calendarEvent.Location, calendarEvent.Description).Should().Be((title, location, description));
    }

    [Fact]
    public async Task A_user_without_appointments_gets_an_empty_calendar()
    {
        var file = await ExportAsync();

        CalendarText.ContentLines(file.Content).Should().NotContain("BEGIN:VEVENT").And.Contain("VERSION:2.0");
    }

    [Fact]
    public async Task Nobody_signed_in_is_refused()
    {
        ActAs(null);

        var export = ExportAsync;

        await export.Should().ThrowAsync<NotSignedInException>();
    }

    private Task<CalendarFile> ExportAsync() => Host.SendAsync(new ExportAppointmentsQuery());
}
