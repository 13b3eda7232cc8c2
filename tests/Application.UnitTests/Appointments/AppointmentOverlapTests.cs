// AppointmentOverlap: the one definition of "overlap": half-open times, empty periods, all-day days in the owner's zone.
using Sched.Application.Appointments.Common;
using Sched.Domain.Appointments;

namespace Sched.Application.UnitTests.Appointments;

public sealed class AppointmentOverlapTests
{
    private static readonly DateOnly Day = new(2024, 7, 10);

    [Theory]
    [InlineData("09:00", "10:00", "10:00", "11:00", false)] // one ends as the other starts
    [InlineData("09:00", "10:00", "09:59", "11:00", true)]
    [InlineData("09:00", "12:00", "10:00", "11:00", true)] // one inside the other
    [InlineData("09:00", "10:00", "09:00", "10:00", true)] // the same times
    [InlineData("09:00", "10:00", "11:00", "12:00", false)]
    [InlineData("10:30", "10:30", "10:00", "11:00", true)] // an empty period inside a timed one
    [InlineData("10:00", "10:00", "10:00", "11:00", true)] // an empty period at the start: [10:00, 11:00) covers 10:00
    [InlineData("11:00", "11:00", "10:00", "11:00", false)] // an empty period at the end: 11:00 is not covered
    [InlineData("10:00", "10:00", "10:00", "10:00", true)] // two empty periods at one instant
    [InlineData("10:00", "10:00", "10:01", "10:01", false)]
    public void Timed_periods_are_half_open(string startA, string endA, string startB, string endB, bool overlap)
    {
        var a = Timed(startA, endA);
        var b = Timed(startB, endB);

        AppointmentOverlap.Between(a, b).Should().Be(overlap);
        AppointmentOverlap.Between(b, a).Should().Be(overlap, "overlap does not depend on the order");
    }

    [Theory]
    [InlineData("America/New_York", "00:00", "00:30", true)] // the day's first half hour
    [InlineData("America/New_York", "23:30", "23:59", true)] // 03:30Z the next UTC day: still this day in New York
    [InlineData("America/New_York", "-00:30", "00:00", false)] // ends as the day begins
    [InlineData("America/New_York", "24:00", "25:00", false)] // the next day in New York, although the same UTC day as 23:30
    [InlineData("Asia/Tokyo", "00:00", "00:30", true)] // 15:00Z the previous UTC day: already this day in Tokyo
    [InlineData("Asia/Tokyo", "-01:00", "-00:30", false)] // the previous day in Tokyo, although the same UTC day as 00:00
    [InlineData("Asia/Tokyo", "23:00", "24:30", true)] // runs past midnight from this day
    [InlineData("Pacific/Kiritimati", "12:00", "13:00", true)]
    [InlineData("Pacific/Pago_Pago", "24:00", "24:00", false)] // an empty period at the next day's start
    public void An_all_day_appointment_overlaps_the_timed_ones_of_its_day_on_the_owners_clock(
        string zoneId, string localStart, string localEnd, bool overlap)
    {
        var zone = Zones.Find(zoneId);
        var allDay = AppointmentPeriod.OnDays(Day, Day, zone);
        var timed = AppointmentPeriod.Between(OnDay(localStart, zone), OnDay(localEnd, zone));

        AppointmentOverlap.Between(allDay, timed).Should().Be(overlap);
        AppointmentOverlap.Between(timed, allDay).Should().Be(overlap);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, true)] // the same day
    [InlineData(0, 0, 1, 1, false)] // consecutive days
    [InlineData(0, 2, 2, 4, true)] // share the last day
    [InlineData(0, 2, 1, 1, true)] // a day inside several
    [InlineData(0, 2, 3, 3, false)] // the day after the last
    public void All_day_appointments_overlap_when_they_share_a_day(int firstA, int lastA, int firstB, int lastB, bool overlap)
    {
        foreach (var zone in new[] { TimeZoneInfo.Utc, Zones.NewYork, Zones.Find("Asia/Tokyo") })
        {
            var a = AppointmentPeriod.OnDays(Day.AddDays(firstA), Day.AddDays(lastA), zone);
            var b = AppointmentPeriod.OnDays(Day.AddDays(firstB), Day.AddDays(lastB), zone);

            AppointmentOverlap.Between(a, b).Should().Be(overlap, "in {0}", zone.Id);
            AppointmentOverlap.Between(b, a).Should().Be(overlap, "in {0}", zone.Id);
        }
    }

    [Fact]
    public void An_all_day_appointment_on_the_day_the_clocks_skip_midnight_overlaps_that_days_first_hour()
    {
        // Santiago skipped 00:00–01:00 on 2024-09-08: the day begins at 01:00 local.
        var zone = Zones.Find("America/Santiago");
        var day = new DateOnly(2024, 9, 8);
        var allDay = AppointmentPeriod.OnDays(day, day, zone);
        var firstHour = AppointmentPeriod.Between(
            UserTime.ToUtc(new DateTime(2024, 9, 8, 1, 0, 0), zone), UserTime.ToUtc(new DateTime(2024, 9, 8, 2, 0, 0), zone));
        var dayBefore = AppointmentPeriod.OnDays(day.AddDays(-1), day.AddDays(-1), zone);

        AppointmentOverlap.Between(allDay, firstHour).Should().BeTrue();
        AppointmentOverlap.Between(allDay, dayBefore).Should().BeFalse();
    }

    /// <summary>A timed period on the test's day in UTC ("09:00" to "10:00").</summary>
    private static AppointmentPeriod Timed(string start, string end) =>
        AppointmentPeriod.Between(OnDay(start, TimeZoneInfo.Utc), OnDay(end, TimeZoneInfo.Utc));

    /// <summary>An instant given as a wall-clock offset from the test day's midnight in the zone ("-00:30", "24:00", "25:00").</summary>
    private static DateTime OnDay(string offset, TimeZoneInfo zone)
    {
        var negative = offset.StartsWith('-');
        var parts = offset.TrimStart('-').Split(':');
        var span = new TimeSpan(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), 0);
        return UserTime.ToUtc(Day.ToDateTime(TimeOnly.MinValue) + (negative ? -span : span), zone);
    }
}
