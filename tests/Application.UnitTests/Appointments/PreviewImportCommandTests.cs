// PreviewImportCommand: what a calendar file would import, what it skips and why; nothing stored but the pending import.
using Sched.Application.Appointments.Common;
using Sched.Infrastructure.Calendars;

namespace Sched.Application.UnitTests.Appointments;

public sealed class PreviewImportCommandTests : ImportUseCaseTests
{
    [Fact]
    public async Task Reads_a_messy_file_LF_endings_tab_and_space_folds_DURATION_escaped_UTF_8_text()
    {
        var file = Calendar(
            Event("UID:messy-1", "SUMMARY:Lunch\\, then re", "\tview\\; 日本語 😀", "LOCATION:Café Zoë", "DESCRIPTION:First\\nSecond",
                "  line", "DTSTART:20310304T120000Z", "DURATION:PT1H30M"),
            lineEnd: "\n");

        var preview = await PreviewAsync(file);

        preview.Count.Should().Be(1);
        preview.Skipped.Should().BeEmpty();
        var item = preview.First.Single().Appointment;
        (item.Title, item.Location, item.AllDay).Should().Be(("Lunch, then review; 日本語 😀", "Café Zoë", false));
        (item.Start.UtcDateTime, item.End.UtcDateTime).Should().Be((Utc(2031, 3, 4, 12), Utc(2031, 3, 4, 13, 30)));
        (await AllStoredAsync()).Should().BeEmpty("nothing is stored before the import is confirmed");
        (await PendingImportsAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Skips_what_is_no_appointment_and_says_why_and_imports_a_repeating_event_as_its_first_occurrence()
    {
        var file = Calendar([
            .. Event("UID:weekly", "SUMMARY:Standup", "DTSTART:20310303T090000Z", "DTEND:20310303T091500Z", "RRULE:FREQ=WEEKLY;COUNT=10"),
            .. Event("UID:weekly", "SUMMARY:Standup moved", "RECURRENCE-ID:20310310T090000Z", "DTSTART:20310310T100000Z", "DTEND:20310310T101500Z"),
            .. Event("UID:cancelled", "SUMMARY:Off", "STATUS:CANCELLED", "DTSTART:20310305T090000Z"),
            .. Event("UID:no-start", "SUMMARY:Someday"),
            .. Event("UID:backwards", "SUMMARY:Backwards", "DTSTART:20310305T100000Z", "DTEND:20310305T090000Z"),
            .. Event("UID:nowhere", "SUMMARY:Nowhere", "DTSTART;TZID=Atlantis/Capital:20310305T100000"),
            .. Event("UID:too-late", "SUMMARY:Too late", "DTSTART:99991231T230000Z", "DURATION:PT2H"),
            .. Event("UID:too-long", "SUMMARY:Too long", "DTSTART:20310305T100000Z", "DURATION:P2147483647W"),
            .. Event("UID:too-long-day", "SUMMARY:Too long a day", "DTSTART;VALUE=DATE:20310305", "DURATION:P2147483647W"),
            .. Event("UID:dup", "SUMMARY:First"),
            "BEGIN:VTODO", "UID:todo", "SUMMARY:Buy milk", "END:VTODO",
            "BEGIN:VJOURNAL", "UID:journal", "SUMMARY:Dear diary", "END:VJOURNAL",
        ]);

        var preview = await PreviewAsync(file);

        preview.Count.Should().Be(1);
        preview.First.Single().Notes.Should().Equal(CalendarImport.RepeatsNote);
        preview.Skipped.Select(s => (s.Title, s.Reason)).Should().BeEquivalentTo([
            ("Standup moved", "It changes one occurrence of a repeating event (RECURRENCE-ID); only the first occurrence is imported."),
            ("Off", "It is cancelled (STATUS:CANCELLED)."),
            ("Someday", "It has no start (DTSTART)."),
            ("Backwards", "It ends before it starts."),
            ("Nowhere", "Its time zone “Atlantis/Capital” is unknown."),
            ("Too late", "Its dates are outside the range Sched can hold."),
            ("Too long", "Its dates are outside the range Sched can hold."),
            ("Too long a day", "Its dates are outside the range Sched can hold."),
            ("First", "It has no start (DTSTART)."),
            ("Buy milk", "Sched keeps appointments, not to-dos."),
            ("Dear diary", "Sched keeps appointments, not journal entries."),
        ]);
    }

    [Fact]
    public async Task Takes_TZIDs_as_IANA_or_Windows_names_or_from_the_files_VTIMEZONE_and_floating_times_in_the_users_zone()
    {
        ActAs(AdaId, Zones.NewYork);
        string[] customised =
        [
            "BEGIN:VTIMEZONE", "TZID:Customized Time Zone", "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000",
            "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
        ];
        var file = Calendar([
            .. customised,
            .. Event("UID:iana", "SUMMARY:IANA", "DTSTART;TZID=Europe/Berlin:20310704T100000"),
            .. Event("UID:windows", "SUMMARY:Windows", "DTSTART;TZID=Pacific Standard Time:20310704T100000"),
            .. Event("UID:mozilla", "SUMMARY:Mozilla", "DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20310104T100000"),
            .. Event("UID:custom-summer", "SUMMARY:Custom summer", "DTSTART;TZID=Customized Time Zone:20310704T100000"),
            .. Event("UID:custom-winter", "SUMMARY:Custom winter", "DTSTART;TZID=\"Customized Time Zone\":20310104T100000"),
            .. Event("UID:floating", "SUMMARY:Floating", "DTSTART:20310104T100000"),
        ]);

        var preview = await PreviewAsync(file);

        preview.Skipped.Should().BeEmpty();
        preview.First.ToDictionary(i => i.Appointment.Title!, i => i.Appointment.Start.UtcDateTime).Should().BeEquivalentTo(new Dictionary<string, DateTime>
        {
            ["IANA"] = Utc(2031, 7, 4, 8),
            ["Windows"] = Utc(2031, 7, 4, 17),
            ["Mozilla"] = Utc(2031, 1, 4, 9),
            ["Custom summer"] = Utc(2031, 7, 4, 8),
            ["Custom winter"] = Utc(2031, 1, 4, 9),
            ["Floating"] = Utc(2031, 1, 4, 15),
        });
    }

    [Fact]
    public async Task All_day_events_keep_their_days_with_an_exclusive_DTEND_or_one_day_without_one()
    {
        var file = Calendar([
            .. Event("UID:holiday", "SUMMARY:Holiday", "DTSTART;VALUE=DATE:20310304", "DTEND;VALUE=DATE:20310307"),
            .. Event("UID:birthday", "SUMMARY:Birthday", "DTSTART;VALUE=DATE:20310310"),
        ]);

        var preview = await PreviewAsync(file);

        preview.First.Select(i => i.Appointment).Select(a => (a.Title, a.AllDay, a.FirstDay, a.LastDay)).Should().Equal(
            ("Holiday", true, new DateOnly(2031, 3, 4), new DateOnly(2031, 3, 6)),
            ("Birthday", true, new DateOnly(2031, 3, 10), new DateOnly(2031, 3, 10)));
    }

    [Fact]
    public async Task Text_longer_than_an_appointment_holds_is_cut_and_the_preview_says_so()
    {
        var file = Calendar(Event("UID:long", $"SUMMARY:{new string('t', 300)}", $"LOCATION:{new string('l', 256)}", "DTSTART:20310304T120000Z"));

        var item = (await PreviewAsync(file)).First.Single();

        item.Appointment.Title.Should().HaveLength(255);
        item.Appointment.Location.Should().HaveLength(255);
        item.Notes.Should().Equal("Title cut to 255 characters.", "Location cut to 255 characters.");
    }

    [Fact]
    public async Task Shows_the_first_20_and_counts_them_all()
    {
        var file = Calendar(Enumerable.Range(1, 25).SelectMany(i => Event($"UID:e{i}", $"SUMMARY:Event {i}", $"DTSTART:203103{i:00}T120000Z")));

        var preview = await PreviewAsync(file);

        preview.Count.Should().Be(25);
        preview.First.Should().HaveCount(20).And.Subject.First().Appointment.Title.Should().Be("Event 1");
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty", [], "Choose an .ics file to import." },
        { "binary", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFE, 0x00], IcalNetCalendarFileReader.NotText },
        { "text", "Dear Ada,\nsee you at 10.\n"u8.ToArray(), IcalNetCalendarFileReader.NotCalendar },
        { "truncated", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:2031"u8.ToArray(), IcalNetCalendarFileReader.Truncated },
        { "malformed", "BEGIN:VCALENDAR\r\nthis line has no colon\r\nEND:VCALENDAR\r\n"u8.ToArray(), IcalNetCalendarFileReader.Malformed },
        { "no events", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"u8.ToArray(), "The file holds no events." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_an_error_on_the_file_field_and_stores_nothing(string kind, byte[] file, string message)
    {
        var preview = () => PreviewAsync(file);

        var refusal = await preview.Should().ThrowAsync<ValidationException>(kind);
        refusal.Which.Errors.Should().ContainKey("File").WhoseValue.Should().Equal(message);
        (await PendingImportsAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_it_is_read()
    {
        var file = new byte[CalendarImportSettings.DefaultMaxImportBytes + 1];

        var refusal = await ((Func<Task>)(() => PreviewAsync(file))).Should().ThrowAsync<ValidationException>();

        refusal.Which.Errors["File"].Should().Equal(CalendarImportSettings.Default.TooLarge);
    }

    [Fact]
    public async Task A_new_preview_replaces_the_users_earlier_one()
    {
        var file = Calendar(Event("UID:one", "DTSTART:20310304T120000Z"));

        var first = await PreviewAsync(file);
        var second = await PreviewAsync(file);

        second.PendingImportId.Should().NotBe(first.PendingImportId!.Value);
        (await PendingImportsAsync()).Should().Be(1);
    }
}
