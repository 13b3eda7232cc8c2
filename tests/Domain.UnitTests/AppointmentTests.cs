// Appointment guards its own rules: owner, end not before start, bounded text, UTC instants; all-day
// appointments keep their days and are anchored where those days begin in the owner's zone; its text
// is kept folded for the list's search.
using Sched.Domain.Appointments;

namespace Sched.Domain.UnitTests;

public sealed class AppointmentTests
{
    private static readonly DateTime Start = new(2013, 5, 1, 13, 30, 0, DateTimeKind.Utc);

    private static readonly TimeZoneInfo Honolulu = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Honolulu");

    [Fact]
    public void Keeps_what_it_was_given_and_measures_its_duration()
    {
        var appointment = new Appointment("owner-1", " Dentist ", AppointmentPeriod.Between(Start, Start.AddHours(1)), " Main St ", "Bring card", TimeZoneInfo.Utc);

        appointment.OwnerId.Should().Be("owner-1");
        appointment.Title.Should().Be("Dentist");
        appointment.Location.Should().Be("Main St");
        appointment.Description.Should().Be("Bring card");
        appointment.When.Duration.Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Blank_text_is_stored_as_no_text()
    {
        var appointment = new Appointment("owner-1", "   ", AppointmentPeriod.Between(Start, Start), "", null, TimeZoneInfo.Utc);

        appointment.Title.Should().BeNull();
        appointment.Location.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Refuses_a_missing_owner(string ownerId)
    {
        var create = () => new Appointment(ownerId, "x", AppointmentPeriod.Between(Start, Start), null, null, TimeZoneInfo.Utc);

        create.Should().Throw<ArgumentException>().WithMessage("*owner*");
    }

    [Fact]
    public void Keeps_its_stored_text_folded_for_search_and_folds_it_again_when_changed()
    {
        var appointment = new Appointment("owner-1", " ÄRZTE ", AppointmentPeriod.Between(Start, Start), "École", null, TimeZoneInfo.Utc);

        appointment.SearchText.Should().Be("ärzte\nécole");

        appointment.Change("Dentist", appointment.When, null, "Bring the CARD", TimeZoneInfo.Utc);

        appointment.SearchText.Should().Be("dentist\nbring the card");
        new Appointment("owner-1", "  ", AppointmentPeriod.Between(Start, Start), null, null, TimeZoneInfo.Utc).SearchText.Should().BeEmpty();
    }

    [Fact]
    public void Refuses_an_end_before_the_start()
    {
        var create = () => new Appointment("owner-1", "x", AppointmentPeriod.Between(Start, Start.AddSeconds(-1)), null, null, TimeZoneInfo.Utc);

        create.Should().Throw<ArgumentException>().WithMessage("*end before it starts*");
    }

    [Fact]
    public void Refuses_times_that_are_not_UTC()
    {
        var local = DateTime.SpecifyKind(Start, DateTimeKind.Unspecified);

        var create = () => new Appointment("owner-1", "x", AppointmentPeriod.Between(local, local), null, null, TimeZoneInfo.Utc);

        create.Should().Throw<ArgumentException>().WithMessage("*UTC*");
    }

    [Fact]
    public void Refuses_text_longer_than_its_bound()
    {
        var create = () => new Appointment("owner-1", new string('t', Appointment.TitleMaxLength + 1), AppointmentPeriod.Between(Start, Start), null, null, TimeZoneInfo.Utc);
        var describe = () => new Appointment("owner-1", null, AppointmentPeriod.Between(Start, Start), null, new string('d', Appointment.DescriptionMaxLength + 1), TimeZoneInfo.Utc);

        create.Should().Throw<ArgumentException>();
        describe.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void An_all_day_appointment_lasts_whole_days_including_its_last()
    {
        var day = new DateOnly(2013, 5, 1);

        AppointmentPeriod.OnDays(day, day, TimeZoneInfo.Utc).Duration.Should().Be(TimeSpan.FromDays(1));
        AppointmentPeriod.OnDays(day, day.AddDays(2), Honolulu).Duration.Should().Be(TimeSpan.FromDays(3));
    }

    [Theory]
    [InlineData("Pacific/Honolulu", "2031-03-04T10:00:00Z", "2031-03-05T10:00:00Z")]
    [InlineData("America/Los_Angeles", "2031-03-04T08:00:00Z", "2031-03-05T08:00:00Z")]
    [InlineData("Pacific/Kiritimati", "2031-03-03T10:00:00Z", "2031-03-04T10:00:00Z")]
    [InlineData("UTC", "2031-03-04T00:00:00Z", "2031-03-05T00:00:00Z")]
    public void An_all_day_appointment_keeps_its_day_and_is_anchored_where_that_day_begins_in_the_owners_zone(
        string zoneId, string start, string end)
    {
        var day = new DateOnly(2031, 3, 4);

        var appointment = new Appointment("owner-1", null, AppointmentPeriod.OnDays(day, day, TimeZoneInfo.FindSystemTimeZoneById(zoneId)), null, null, TimeZoneInfo.Utc);

        appointment.AllDay.Should().BeTrue();
        (appointment.FirstDay, appointment.LastDay).Should().Be((day, day));
        appointment.Start.Should().Be(DateTime.Parse(start, null, System.Globalization.DateTimeStyles.AdjustToUniversal));
        appointment.End.Should().Be(DateTime.Parse(end, null, System.Globalization.DateTimeStyles.AdjustToUniversal));
        appointment.Start.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Fact]
    public void A_day_that_loses_an_hour_to_daylight_saving_is_23_hours_of_anchors_but_one_day_long()
    {
        // In Los Angeles, 2031-03-09 is 23 hours long: the clocks skip 02:00 to 03:00.
        var day = new DateOnly(2031, 3, 9);

        var period = AppointmentPeriod.OnDays(day, day, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"));

        (period.End - period.Start).Should().Be(TimeSpan.FromHours(23));
        period.Duration.Should().Be(TimeSpan.FromDays(1));
    }

    [Fact]
    public void Moving_to_another_zone_keeps_the_days_and_moves_the_anchors_and_leaves_timed_appointments_alone()
    {
        var day = new DateOnly(2031, 3, 4);
        var allDay = new Appointment("owner-1", null, AppointmentPeriod.OnDays(day, day, TimeZoneInfo.Utc), null, null, TimeZoneInfo.Utc);
        var timed = new Appointment("owner-1", null, AppointmentPeriod.Between(Start, Start.AddHours(1)), null, null, TimeZoneInfo.Utc);

        allDay.MoveToZone(Honolulu);
        timed.MoveToZone(Honolulu);

        (allDay.FirstDay, allDay.LastDay).Should().Be((day, day));
        allDay.Start.Should().Be(new DateTime(2031, 3, 4, 10, 0, 0, DateTimeKind.Utc));
        (timed.Start, timed.End, timed.AllDay).Should().Be((Start, Start.AddHours(1), false));
    }

    [Theory]
    [InlineData("2031-07-01T22:30:00", "2031-07-01T23:30:00", "UTC", "2031-07-01", "2031-07-01")]
    [InlineData("2031-07-01T22:30:00", "2031-07-01T23:30:00", "Europe/Berlin", "2031-07-02", "2031-07-02")]
    [InlineData("2031-07-01T20:00:00", "2031-07-02T04:00:00", "Europe/Berlin", "2031-07-01", "2031-07-02")]
    [InlineData("2031-07-01T20:00:00", "2031-07-01T22:00:00", "Europe/Berlin", "2031-07-01", "2031-07-01")]
    [InlineData("2031-07-01T22:00:00", "2031-07-01T22:00:00", "Europe/Berlin", "2031-07-02", "2031-07-02")]
    public void A_timed_appointment_shows_on_the_days_its_start_and_end_fall_on_in_its_owners_zone(
        string start, string end, string zoneId, string firstDay, string lastDay)
    {
        var appointment = new Appointment("owner-1", null, AppointmentPeriod.Between(Utc(start), Utc(end)), null, null, TimeZoneInfo.FindSystemTimeZoneById(zoneId));

        (appointment.CalendarFirstDay, appointment.CalendarLastDay).Should().Be((DateOnly.Parse(firstDay), DateOnly.Parse(lastDay)),
            "an end at midnight does not reach into the next day, and one of no length shows on the day it starts");
        appointment.SpansDays.Should().Be(firstDay != lastDay);
    }

    [Fact]
    public void An_all_day_appointment_shows_on_its_own_days_in_any_zone()
    {
        var appointment = new Appointment("owner-1", null, AppointmentPeriod.OnDays(new DateOnly(2031, 3, 4), new DateOnly(2031, 3, 4), Honolulu), null, null, Honolulu);

        (appointment.CalendarFirstDay, appointment.CalendarLastDay, appointment.SpansDays).Should().Be((new DateOnly(2031, 3, 4), new DateOnly(2031, 3, 4), false));
    }

    [Fact]
    public void A_change_and_a_move_to_another_zone_place_it_again()
    {
        var appointment = new Appointment("owner-1", null, AppointmentPeriod.Between(Utc("2031-07-01T12:00:00"), Utc("2031-07-01T13:00:00")), null, null, TimeZoneInfo.Utc);

        appointment.Change(null, AppointmentPeriod.Between(Utc("2031-07-01T22:30:00"), Utc("2031-07-02T08:00:00")), null, null, TimeZoneInfo.Utc);
        (appointment.CalendarFirstDay, appointment.CalendarLastDay, appointment.SpansDays).Should().Be((new DateOnly(2031, 7, 1), new DateOnly(2031, 7, 2), true));
        appointment.MoveToZone(TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));

        (appointment.CalendarFirstDay, appointment.CalendarLastDay, appointment.SpansDays).Should().Be((new DateOnly(2031, 7, 2), new DateOnly(2031, 7, 2), false),
            "07:30 to 17:00 in Tokyo");
    }

    [Fact]
    public void An_all_day_appointment_cannot_end_before_it_starts()
    {
        var create = () => AppointmentPeriod.OnDays(new DateOnly(2013, 5, 2), new DateOnly(2013, 5, 1), TimeZoneInfo.Utc);

        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Change_applies_the_same_rules_and_keeps_the_owner()
    {
        var appointment = new Appointment("owner-1", "x", AppointmentPeriod.Between(Start, Start), null, null, TimeZoneInfo.Utc);

        appointment.Change("y", AppointmentPeriod.Between(Start, Start.AddMinutes(30)), "Room 2", null, TimeZoneInfo.Utc);
        var invalid = () => appointment.Change("z" + new string('t', Appointment.TitleMaxLength), AppointmentPeriod.Between(Start, Start), null, null, TimeZoneInfo.Utc);

        appointment.Title.Should().Be("y");
        appointment.OwnerId.Should().Be("owner-1");
        invalid.Should().Throw<ArgumentException>();
        appointment.Title.Should().Be("y", "a refused change leaves the appointment as it was");
    }

    [Fact]
    public void A_new_appointment_gets_a_uid_of_its_own_at_sequence_zero()
    {
        var first = new Appointment("owner-1", "x", AppointmentPeriod.Between(Start, Start), null, null, TimeZoneInfo.Utc);
        var second = new Appointment("owner-1", "x", AppointmentPeriod.Between(Start, Start), null, null, TimeZoneInfo.Utc);

        first.Uid.Should().MatchRegex("^[0-9a-f]{32}@sched$").And.NotBe(second.Uid);
        first.Uid.Length.Should().BeLessThanOrEqualTo(Appointment.UidMaxLength);
        first.Sequence.Should().Be(0);
    }

    [Fact]
    public void Each_change_keeps_the_uid_and_counts_one_more_revision()
    {
        var appointment = new Appointment("owner-1", "x", AppointmentPeriod.Between(Start, Start), null, null, TimeZoneInfo.Utc);
        var uid = appointment.Uid;

        appointment.Change("y", AppointmentPeriod.Between(Start, Start.AddHours(1)), null, null, TimeZoneInfo.Utc);
        appointment.Change("z", AppointmentPeriod.OnDays(new DateOnly(2013, 5, 1), new DateOnly(2013, 5, 1), TimeZoneInfo.Utc), null, null, TimeZoneInfo.Utc);

        (appointment.Uid, appointment.Sequence).Should().Be((uid, 2));
    }

    [Fact]
    public void A_refused_change_and_a_move_to_another_zone_are_no_new_revision()
    {
        var appointment = new Appointment("owner-1", "x", AppointmentPeriod.OnDays(new DateOnly(2013, 5, 1), new DateOnly(2013, 5, 1), TimeZoneInfo.Utc), null, null, TimeZoneInfo.Utc);

        var invalid = () => appointment.Change(new string('t', Appointment.TitleMaxLength + 1), AppointmentPeriod.Between(Start, Start), null, null, TimeZoneInfo.Utc);
        invalid.Should().Throw<ArgumentException>();
        appointment.MoveToZone(Honolulu);

        appointment.Sequence.Should().Be(0, "the days, which are what a calendar file holds, did not change");
    }

    [Fact]
    public void An_imported_appointment_keeps_the_other_calendars_UID()
    {
        var appointment = Appointment.Imported("owner-1", "event-1@example.com", "Dentist", AppointmentPeriod.Between(Start, Start), null, null, TimeZoneInfo.Utc);

        (appointment.Uid, appointment.Sequence, appointment.Title).Should().Be(("event-1@example.com", 0, "Dentist"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Refuses_an_imported_UID_that_is_blank_or_too_long(string? blank)
    {
        var uid = blank ?? new string('u', Appointment.UidMaxLength + 1);

        var import = () => Appointment.Imported("owner-1", uid, "Dentist", AppointmentPeriod.Between(Start, Start), null, null, TimeZoneInfo.Utc);

        import.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_revision_from_another_calendar_raises_the_sequence_only_when_something_differs()
    {
        var when = AppointmentPeriod.Between(Start, Start.AddHours(1));
        var appointment = Appointment.Imported("owner-1", "event-1@example.com", "Dentist", when, "Main St", "Bring card", TimeZoneInfo.Utc);

        appointment.Revise(" Dentist ", when, "Main St", "Bring card", TimeZoneInfo.Utc).Should().BeFalse("trimmed, the text is the same");
        appointment.Sequence.Should().Be(0);
        appointment.Revise("Dentist", AppointmentPeriod.Between(Start.AddDays(1), Start.AddDays(1).AddHours(1)), "Main St", "Bring card", TimeZoneInfo.Utc).Should().BeTrue();
        appointment.Sequence.Should().Be(1);
        appointment.Start.Should().Be(Start.AddDays(1));
    }

    private static DateTime Utc(string instant) =>
        DateTime.SpecifyKind(DateTime.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
