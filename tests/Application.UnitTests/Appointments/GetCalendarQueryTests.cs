// GetCalendarQuery: the days of a month grid, a week or a day, each with the current user's appointments, in their zone.
using Sched.Application.Appointments.Queries.GetCalendar;
using Sched.Application.Users.Commands.UpdateProfile;
using Sched.Domain.Appointments;

namespace Sched.Application.UnitTests.Appointments;

public sealed class GetCalendarQueryTests : AppointmentUseCaseTests
{
    private static readonly TimeZoneInfo Auckland = Zones.Find("Pacific/Auckland");

    [Fact]
    public async Task A_month_grid_runs_from_the_week_holding_the_first_to_the_week_holding_the_last_with_monday_first()
    {
        // 1 March 2031 is a Saturday and 31 March a Monday: six rows of Monday to Sunday.
        var month = await Calendar(CalendarSpan.Month, new DateOnly(2031, 3, 17));

        month.Days.Should().HaveCount(42);
        month.Days[0].Date.Should().Be(new DateOnly(2031, 2, 24));
        month.Days[^1].Date.Should().Be(new DateOnly(2031, 4, 6));
        month.Days.Where(d => d.InFocus).Select(d => d.Date).Should().Equal(Enumerable.Range(1, 31).Select(d => new DateOnly(2031, 3, d)));
        month.FirstDayOfWeek.Should().Be(DayOfWeek.Monday);
        (month.Previous, month.Next).Should().Be((new DateOnly(2031, 2, 1), new DateOnly(2031, 4, 1)));
    }

    [Theory]
    [InlineData(DayOfWeek.Sunday, "2026-02-01", "2026-02-28", 28)]
    [InlineData(DayOfWeek.Monday, "2026-01-26", "2026-03-01", 35)]
    [InlineData(DayOfWeek.Saturday, "2026-01-31", "2026-03-06", 35)]
    public async Task The_users_first_day_of_the_week_starts_every_row(DayOfWeek firstDayOfWeek, string first, string last, int days)
    {
        Host.CurrentUser.FirstDayOfWeek = firstDayOfWeek;

        var month = await Calendar(CalendarSpan.Month, new DateOnly(2026, 2, 10));
        var week = await Calendar(CalendarSpan.Week, new DateOnly(2026, 2, 11));

        month.Days.Should().HaveCount(days);
        (month.Days[0].Date, month.Days[^1].Date).Should().Be((DateOnly.Parse(first), DateOnly.Parse(last)));
        month.Days.Where((_, i) => i % 7 == 0).Should().OnlyContain(d => d.Date.DayOfWeek == firstDayOfWeek);
        week.Days.Should().HaveCount(7);
        week.Days[0].Date.DayOfWeek.Should().Be(firstDayOfWeek);
        week.Days.Select(d => d.Date).Should().Contain(new DateOnly(2026, 2, 11));
    }

    [Fact]
    public async Task A_zone_ahead_of_utc_places_each_appointment_on_its_own_wall_clock_day()
    {
        ActAs(AdaId, Auckland);
        await AddAppointmentAsync("Late on the 31st", Local(2031, 3, 31, 23, 30), Local(2031, 3, 31, 23, 45));   // 10:30Z on the 31st
        await AddAppointmentAsync("Early on the 1st", Local(2031, 4, 1, 0, 30));     // 11:30Z on the 31st
        await AddAppointmentAsync("After the grid", Local(2031, 4, 7, 0, 30));       // 11:30Z on the 6th, the grid's last day in UTC

        var month = await Calendar(CalendarSpan.Month, new DateOnly(2031, 3, 1));

        Titles(month, new DateOnly(2031, 3, 31)).Should().Equal("Late on the 31st");
        Titles(month, new DateOnly(2031, 4, 1)).Should().Equal("Early on the 1st");
        month.Days.SelectMany(d => d.Appointments).Should().HaveCount(2);
        Entry(month, new DateOnly(2031, 4, 1), "Early on the 1st").Start.Should().Be(new DateTimeOffset(2031, 4, 1, 0, 30, 0, TimeSpan.FromHours(13)));
    }

    [Fact]
    public async Task A_zone_behind_utc_places_each_appointment_on_its_own_wall_clock_day()
    {
        ActAs(AdaId, Zones.NewYork);
        await AddAppointmentAsync("Before the grid", Local(2031, 2, 23, 21, 0));     // 02:00Z on the 24th, the grid's first day
        await AddAppointmentAsync("Last evening of February", Local(2031, 2, 28, 23, 30), Local(2031, 2, 28, 23, 45));  // 04:30Z on 1 March

        var month = await Calendar(CalendarSpan.Month, new DateOnly(2031, 3, 1));

        month.Days[0].Date.Should().Be(new DateOnly(2031, 2, 24));
        Titles(month, new DateOnly(2031, 2, 28)).Should().Equal("Last evening of February");
        Titles(month, new DateOnly(2031, 3, 1)).Should().BeEmpty();
        month.Days.SelectMany(d => d.Appointments).Should().ContainSingle();
        month.Days.Single(d => d.Date == new DateOnly(2031, 2, 28)).InFocus.Should().BeFalse();
    }

    [Fact]
    public async Task A_week_with_a_daylight_saving_change_shows_times_as_the_wall_clock_reads_them()
    {
        // Berlin's clocks went from 02:00 to 03:00 on Sunday 30 March 2031.
        ActAs(AdaId, Zones.Berlin);
        await AddAppointmentAsync("Monday nine", Local(2031, 3, 24, 9, 0));
        await AddAppointmentAsync("Before the change", Local(2031, 3, 30, 1, 30));
        await AddAppointmentAsync("After the change", Local(2031, 3, 30, 3, 30));
        await AddAppointmentAsync("Next week", Local(2031, 3, 31, 0, 30));

        var week = await Calendar(CalendarSpan.Week, new DateOnly(2031, 3, 27));

        week.Days.Select(d => d.Date).Should().Equal(Enumerable.Range(24, 7).Select(d => new DateOnly(2031, 3, d)));
        Entry(week, new DateOnly(2031, 3, 24), "Monday nine").Start.Should().Be(new DateTimeOffset(2031, 3, 24, 9, 0, 0, TimeSpan.FromHours(1)));
        week.Days[^1].Appointments.Select(e => (e.Title, e.Start.Hour, e.Start.Minute, e.Start.Offset)).Should().Equal(
            ("Before the change", 1, 30, TimeSpan.FromHours(1)),
            ("After the change", 3, 30, TimeSpan.FromHours(2)));
        week.Days.SelectMany(d => d.Appointments).Should().HaveCount(3);
    }

    [Fact]
    public async Task A_month_grid_crosses_the_year_boundary_and_shows_the_next_years_first_days()
    {
        await AddAppointmentAsync("New year's morning", Local(2031, 1, 1, 10, 0));
        await AddAppointmentAsync("New year's eve", Local(2030, 12, 31, 23, 0));

        var december = await Calendar(CalendarSpan.Month, new DateOnly(2030, 12, 1));
        var january = await Calendar(CalendarSpan.Month, new DateOnly(2031, 1, 1));

        (december.Days[0].Date, december.Days[^1].Date).Should().Be((new DateOnly(2030, 11, 25), new DateOnly(2031, 1, 5)));
        Titles(december, new DateOnly(2031, 1, 1)).Should().Equal("New year's morning");
        december.Next.Should().Be(new DateOnly(2031, 1, 1));
        january.Previous.Should().Be(new DateOnly(2030, 12, 1));
        Titles(january, new DateOnly(2030, 12, 31)).Should().Equal("New year's eve");
    }

    [Fact]
    public async Task The_29th_of_february_2028_has_its_own_day()
    {
        await AddAppointmentAsync("Leap day", Local(2028, 2, 29, 12, 0));

        var february = await Calendar(CalendarSpan.Month, new DateOnly(2028, 2, 1));
        var day = await Calendar(CalendarSpan.Day, new DateOnly(2028, 2, 29));

        february.Days.Where(d => d.InFocus).Should().HaveCount(29);
        Titles(february, new DateOnly(2028, 2, 29)).Should().Equal("Leap day");
        day.Days.Should().ContainSingle().Which.Appointments.Should().ContainSingle(e => e.Title == "Leap day");
        (day.Previous, day.Next).Should().Be((new DateOnly(2028, 2, 28), new DateOnly(2028, 3, 1)));
    }

    [Fact]
    public async Task A_multi_day_appointment_is_on_every_day_it_covers_across_a_month_boundary()
    {
        ActAs(AdaId, Auckland);
        await AddAppointmentAsync("Trip", Local(2031, 1, 30), Local(2031, 2, 2), allDay: true);
        await AddAppointmentAsync("Night shift", Local(2031, 1, 31, 22, 0), Local(2031, 2, 1, 6, 0));

        var january = await Calendar(CalendarSpan.Month, new DateOnly(2031, 1, 1));
        var february = await Calendar(CalendarSpan.Month, new DateOnly(2031, 2, 1));

        foreach (var month in new[] { january, february })
        {
            month.Days.Where(d => d.Appointments.Any(e => e.Title == "Trip")).Select(d => d.Date).Should().Equal(
                new DateOnly(2031, 1, 30), new DateOnly(2031, 1, 31), new DateOnly(2031, 2, 1), new DateOnly(2031, 2, 2));
            month.Days.Where(d => d.Appointments.Any(e => e.Title == "Night shift")).Select(d => d.Date).Should().Equal(
                new DateOnly(2031, 1, 31), new DateOnly(2031, 2, 1));
        }

        Entry(february, new DateOnly(2031, 1, 31), "Night shift").StartsThisDay.Should().BeTrue();
        Entry(february, new DateOnly(2031, 2, 1), "Night shift").StartsThisDay.Should().BeFalse();
        Titles(february, new DateOnly(2031, 2, 3)).Should().BeEmpty("the trip's last day is the 2nd, inclusive");
    }

    [Fact]
    public async Task Within_a_day_all_day_appointments_come_first_then_timed_ones_by_start()
    {
        await AddAppointmentAsync("Ten", Local(2031, 5, 6, 10, 0));
        await AddAppointmentAsync("Eight", Local(2031, 5, 6, 8, 0));
        await AddAppointmentAsync("Holiday", Local(2031, 5, 6), allDay: true);
        await AddAppointmentAsync("Ends at midnight", Local(2031, 5, 5, 23, 0), Local(2031, 5, 6, 0, 0));

        var day = await Calendar(CalendarSpan.Day, new DateOnly(2031, 5, 6));

        day.Days.Single().Appointments.Select(e => e.Title).Should().Equal("Holiday", "Eight", "Ten");
    }

    [Fact]
    public async Task A_months_day_lists_four_in_the_days_order_and_counts_the_rest()
    {
        await AddAppointmentAsync("Night shift", Local(2031, 5, 5, 22, 0), Local(2031, 5, 6, 6, 0));
        await AddAppointmentAsync("Trip", Local(2031, 5, 4), Local(2031, 5, 7), allDay: true);
        foreach (var hour in new[] { 15, 9, 11, 13, 17 })
        {
            await AddAppointmentAsync($"At {hour}", Local(2031, 5, 6, hour, 0));
        }

        await AddAppointmentAsync("Holiday", Local(2031, 5, 6), allDay: true);

        var month = await Calendar(CalendarSpan.Month, new DateOnly(2031, 5, 1));
        var day = await Calendar(CalendarSpan.Day, new DateOnly(2031, 5, 6));

        var sixth = month.Days.Single(d => d.Date == new DateOnly(2031, 5, 6));
        sixth.Appointments.Select(e => e.Title).Should().Equal("Trip", "Holiday", "Night shift", "At 9");
        sixth.More.Should().Be(4, "eight appointments touch the day: two all-day, one from the night before, five that start on it");
        Titles(month, new DateOnly(2031, 5, 5)).Should().Equal("Trip", "Night shift");
        month.Days.Single(d => d.Date == new DateOnly(2031, 5, 5)).More.Should().Be(0);
        day.Days.Single().Appointments.Select(e => e.Title).Should().Equal("Trip", "Holiday", "Night shift", "At 9", "At 11", "At 13", "At 15", "At 17");
        day.Days.Single().More.Should().Be(0, "a day lists them all");
    }

    [Fact]
    public async Task A_new_zone_moves_timed_appointments_to_the_days_its_clock_shows()
    {
        await AddAppointmentAsync("Late call", Local(2031, 5, 6, 22, 30), Local(2031, 5, 6, 23, 30));

        await Host.SendAsync(new UpdateProfileCommand(null, "Asia/Tokyo"));
        ActAs(AdaId, Zones.Find("Asia/Tokyo"));
        var month = await Calendar(CalendarSpan.Month, new DateOnly(2031, 5, 1));
        var week = await Calendar(CalendarSpan.Week, new DateOnly(2031, 5, 7));

        Titles(month, new DateOnly(2031, 5, 7)).Should().Equal("Late call");
        Titles(month, new DateOnly(2031, 5, 6)).Should().BeEmpty();
        Entry(week, new DateOnly(2031, 5, 7), "Late call").Start.Should().Be(new DateTimeOffset(2031, 5, 7, 7, 30, 0, TimeSpan.FromHours(9)));
    }

    [Fact]
    public async Task Another_users_appointments_are_never_shown()
    {
        await AddAppointmentForAsync(GraceId, "Grace's", Local(2031, 5, 6, 9, 0));
        await AddAppointmentAsync("Ada's", Local(2031, 5, 6, 10, 0));

        var month = await Calendar(CalendarSpan.Month, new DateOnly(2031, 5, 1));

        month.Days.SelectMany(d => d.Appointments).Select(e => e.Title).Should().Equal("Ada's");
    }

    [Fact]
    public async Task Without_a_date_the_calendar_shows_today_in_the_users_zone()
    {
        // 12:00Z on 2 March 2026 is already 01:00 on 3 March in Auckland.
        Host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        ActAs(AdaId, Auckland);

        var day = await Calendar(CalendarSpan.Day, null);
        var month = await Calendar(CalendarSpan.Month, null);

        day.Today.Should().Be(new DateOnly(2026, 3, 3));
        day.Days.Single().Date.Should().Be(new DateOnly(2026, 3, 3));
        month.Days.Where(d => d.InFocus).Should().HaveCount(31).And.Contain(d => d.Date == new DateOnly(2026, 3, 3));
    }

    [Fact]
    public async Task Of_ten_thousand_appointments_a_month_reads_only_its_own()
    {
        // One every eight hours from 2025 on: about nine years, 93 of them in March 2031.
        await Host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ApplicationDbContext>();
            var first = Utc(2025, 1, 1);
            for (var i = 0; i < 10_000; i++)
            {
                var start = first.AddHours(8 * i);
                db.Appointments.Add(new Appointment(AdaId, $"#{i}", AppointmentPeriod.Between(start, start.AddHours(1)), null, null, TimeZoneInfo.Utc));
            }

            return await db.SaveChangesAsync();
        });

        var month = await Calendar(CalendarSpan.Month, new DateOnly(2031, 3, 1));

        var entries = month.Days.SelectMany(d => d.Appointments).ToList();
        entries.Should().HaveCount(42 * 3);
        entries.Should().OnlyContain(e => e.Start >= new DateTimeOffset(2031, 2, 24, 0, 0, 0, TimeSpan.Zero)
            && e.Start < new DateTimeOffset(2031, 4, 7, 0, 0, 0, TimeSpan.Zero));
        month.Truncated.Should().BeFalse();
    }

    [Fact]
    public async Task More_appointments_than_one_page_reads_are_cut_off_and_said_to_be()
    {
        await Host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ApplicationDbContext>();
            for (var i = 0; i <= GetCalendarQuery.MaxAppointments; i++)
            {
                var start = Utc(2031, 5, 6, 9).AddSeconds(i);
                db.Appointments.Add(new Appointment(AdaId, $"#{i}", AppointmentPeriod.Between(start, start), null, null, TimeZoneInfo.Utc));
            }

            return await db.SaveChangesAsync();
        });

        var day = await Calendar(CalendarSpan.Day, new DateOnly(2031, 5, 6));

        day.Truncated.Should().BeTrue();
        day.Days.Single().Appointments.Should().HaveCount(GetCalendarQuery.MaxAppointments);
    }

    [Theory]
    [InlineData(1, 12, 31)]
    [InlineData(9999, 1, 1)]
    public async Task Days_beyond_the_range_a_calendar_shows_are_not_found(int year, int month, int day)
    {
        var get = () => Calendar(CalendarSpan.Month, new DateOnly(year, month, day));

        await get.Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task The_first_and_last_pages_link_no_further()
    {
        var first = await Calendar(CalendarSpan.Month, GetCalendarQuery.EarliestDay);
        var last = await Calendar(CalendarSpan.Week, GetCalendarQuery.LatestDay);

        first.Previous.Should().BeNull();
        last.Next.Should().BeNull();
    }

    [Fact]
    public async Task A_span_that_is_not_month_week_or_day_is_refused()
    {
        var get = () => Calendar((CalendarSpan)7, new DateOnly(2031, 5, 1));

        (await get.Should().ThrowAsync<ValidationException>()).Which.Errors.Keys.Should().Equal("Span");
    }

    [Fact]
    public async Task Anonymous_visitors_are_refused()
    {
        ActAs(null);

        var get = () => Calendar(CalendarSpan.Month, new DateOnly(2031, 5, 1));

        await get.Should().ThrowAsync<NotSignedInException>();
    }

    private Task<CalendarDto> Calendar(CalendarSpan span, DateOnly? date) => Host.SendAsync(new GetCalendarQuery(span, date));

    private static IEnumerable<string?> Titles(CalendarDto calendar, DateOnly day) =>
        calendar.Days.Single(d => d.Date == day).Appointments.Select(e => e.Title);

    private static CalendarEntryDto Entry(CalendarDto calendar, DateOnly day, string title) =>
        calendar.Days.Single(d => d.Date == day).Appointments.Single(e => e.Title == title);
}
