// GetAppointmentsQuery: one page of the current user's own appointments (upcoming, past or all, searched or not), in order, in their zone.
using AutoMapper;
using Sched.Application.Appointments.Common;
using Sched.Application.Appointments.Queries.GetAppointments;
using Sched.Application.Appointments.Commands.CreateAppointment;
using Sched.Application.Appointments.Commands.UpdateAppointment;
using Sched.Application.Users.Commands.UpdateProfile;
using Sched.Domain.Appointments;

namespace Sched.Application.UnitTests.Appointments;

public sealed class GetAppointmentsQueryTests : AppointmentUseCaseTests
{
    [Fact]
    public async Task Lists_only_the_users_own_appointments_ordered_by_the_instant_they_start()
    {
        ActAs(AdaId, Zones.Berlin);
        await AddAppointmentAsync("10:00 in Berlin (08:00Z)", Local(2024, 7, 1, 10, 0));
        await AddAppointmentForAsync(GraceId, "Grace at 07:45Z", Local(2024, 7, 1, 7, 45));
        ActAs(AdaId, Zones.NewYork);
        await AddAppointmentAsync("06:00 in New York (10:00Z)", Local(2024, 7, 1, 6, 0));
        await AddAppointmentAsync("03:30 in New York (07:30Z)", Local(2024, 7, 1, 3, 30));
        ActAs(AdaId);
        await AddAppointmentAsync("09:00Z", Local(2024, 7, 1, 9, 0));
        await AddAppointmentForAsync(GraceId, "Grace at 08:30Z", Local(2024, 7, 1, 8, 30));
        await AddAppointmentAsync("The day before", Local(2024, 6, 30, 12, 0));

        var page = await List(new GetAppointmentsQuery(Show: "all"));

        page.Items.Select(a => a.Title).Should().Equal(
            "The day before", "03:30 in New York (07:30Z)", "10:00 in Berlin (08:00Z)", "09:00Z", "06:00 in New York (10:00Z)");
        page.HasNextPage.Should().BeFalse();
    }

    [Fact]
    public async Task Appointments_that_start_together_keep_the_order_they_were_added_in()
    {
        await AddAppointmentAsync("Added first", Local(2024, 7, 1, 9, 0));
        await AddAppointmentAsync("Added second", Local(2024, 7, 1, 9, 0), Local(2024, 7, 1, 9, 30));

        var page = await List(new GetAppointmentsQuery(Show: "all"));

        page.Items.Select(a => a.Title).Should().Equal("Added first", "Added second");
    }

    [Theory]
    [InlineData(1, "A,B", false, true)]
    [InlineData(2, "C,D", true, true)]
    [InlineData(3, "E", true, false)]
    [InlineData(4, "", true, false)]
    public async Task Pages_through_the_list(int pageNumber, string titles, bool hasPrevious, bool hasNext)
    {
        foreach (var (title, day) in new[] { ("C", 3), ("A", 1), ("E", 5), ("B", 2), ("D", 4) })
        {
            await AddAppointmentAsync(title, Local(2024, 7, day, 9, 0));
        }

        var page = await List(new GetAppointmentsQuery(pageNumber, PageSize: 2, Show: "all"));

        page.Items.Select(a => a.Title).Should().Equal(titles.Split(',', StringSplitOptions.RemoveEmptyEntries));
        page.PageNumber.Should().Be(pageNumber);
        page.HasPreviousPage.Should().Be(hasPrevious);
        page.HasNextPage.Should().Be(hasNext);
    }

    [Fact]
    public async Task Shows_times_in_the_users_zone_and_all_day_dates_as_they_are()
    {
        var timedId = await AddAppointmentAsync("Timed", Local(2024, 7, 1, 13, 0), Local(2024, 7, 1, 14, 30));
        var allDayId = await AddAppointmentAsync("All day", Local(2024, 7, 2), Local(2024, 7, 3), allDay: true);
        ActAs(AdaId, Zones.NewYork);

        var page = await List(new GetAppointmentsQuery(Show: "all"));

        var summer = TimeSpan.FromHours(-4);
        page.Items.Should().Equal(
            new AppointmentSummaryDto
            {
                Id = timedId, Title = "Timed",
                Start = new DateTimeOffset(2024, 7, 1, 9, 0, 0, summer), End = new DateTimeOffset(2024, 7, 1, 10, 30, 0, summer),
                FirstDay = new DateOnly(2024, 7, 1), LastDay = new DateOnly(2024, 7, 1),
            },
            new AppointmentSummaryDto
            {
                Id = allDayId, Title = "All day", AllDay = true,
                Start = new DateTimeOffset(2024, 7, 2, 0, 0, 0, summer), End = new DateTimeOffset(2024, 7, 4, 0, 0, 0, summer),
                FirstDay = new DateOnly(2024, 7, 2), LastDay = new DateOnly(2024, 7, 3),
            });
    }

    [Theory]
    [InlineData("Pacific/Honolulu")]
    [InlineData("America/Los_Angeles")]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("UTC")]
    public async Task An_all_day_appointment_sorts_after_the_previous_days_timed_ones_and_before_its_own_days(string zoneId)
    {
        ActAs(AdaId, Zones.Find(zoneId));
        await AddAppointmentAsync("D at 00:00", Local(2031, 3, 4, 0, 0));
        await AddAppointmentAsync("D-1 at 23:59", Local(2031, 3, 3, 23, 59));
        await AddAppointmentAsync("D+1 at 00:00", Local(2031, 3, 5, 0, 0));
        await AddAppointmentAsync("D at 23:30", Local(2031, 3, 4, 23, 30));
        await AddAppointmentAsync("All day D", Local(2031, 3, 4), allDay: true);
        await AddAppointmentAsync("D-1 at 00:30", Local(2031, 3, 3, 0, 30));

        var page = await List(new GetAppointmentsQuery());

        page.Items.Select(a => a.Title).Should().Equal(
            "D-1 at 00:30", "D-1 at 23:59", "All day D", "D at 00:00", "D at 23:30", "D+1 at 00:00");
    }

    [Fact]
    public async Task A_new_zone_moves_all_day_appointments_so_they_still_sort_on_the_owners_wall_clock()
    {
        await AddAppointmentAsync("All day D", Local(2031, 3, 4), allDay: true);
        ActAs(AdaId, Zones.Find("Pacific/Honolulu"));
        await AddAppointmentAsync("D-1 at 20:00 in Honolulu (D 06:00Z)", Local(2031, 3, 3, 20, 0));
        await Host.SendAsync(new UpdateProfileCommand(null, "Pacific/Honolulu"));

        var page = await List(new GetAppointmentsQuery());

        page.Items.Select(a => a.Title).Should().Equal("D-1 at 20:00 in Honolulu (D 06:00Z)", "All day D");
        page.Items[1].FirstDay.Should().Be(new DateOnly(2031, 3, 4), "the day itself never moves");
    }

    [Fact]
    public async Task An_empty_list_is_one_page_with_nothing_on_it()
    {
        await AddAppointmentForAsync(GraceId, "Grace's review", Local(2024, 7, 1, 9, 0));

        var page = await List(new GetAppointmentsQuery());

        page.Items.Should().BeEmpty();
        page.HasPreviousPage.Should().BeFalse();
        page.HasNextPage.Should().BeFalse();
    }

    [Fact]
    public async Task Upcoming_is_the_default_everything_that_ends_after_now_soonest_first_including_one_in_progress()
    {
        Now(Utc(2026, 3, 2, 9, 30));
        await AddAppointmentAsync("Tomorrow", Local(2026, 3, 3, 9, 0));
        await AddAppointmentAsync("Last week", Local(2026, 2, 23, 9, 0));
        await AddAppointmentAsync("In progress", Local(2026, 3, 2, 9, 0), Local(2026, 3, 2, 10, 0));
        await AddAppointmentAsync("Ended just now", Local(2026, 3, 2, 8, 30), Local(2026, 3, 2, 9, 30));
        await AddAppointmentAsync("Later today", Local(2026, 3, 2, 14, 0));

        (await TitlesAsync()).Should().Equal("In progress", "Later today", "Tomorrow");
        (await TitlesAsync("upcoming")).Should().Equal("In progress", "Later today", "Tomorrow");
        (await TitlesAsync("past")).Should().Equal(["Ended just now", "Last week"], "past ends at or before now, most recent first");
        (await TitlesAsync("all")).Should().Equal("Last week", "Ended just now", "In progress", "Later today", "Tomorrow");
    }

    [Fact]
    public async Task Past_is_the_all_order_reversed_also_for_equal_starts_and_all_day_days()
    {
        Now(Utc(2026, 3, 2, 9, 30));
        await AddAppointmentAsync("D at 00:00, added first", Local(2026, 2, 20, 0, 0));
        await AddAppointmentAsync("All day D", Local(2026, 2, 20), allDay: true);
        await AddAppointmentAsync("D at 00:00, added second", Local(2026, 2, 20, 0, 0));
        await AddAppointmentAsync("D-1 at 12:00", Local(2026, 2, 19, 12, 0));

        var all = await TitlesAsync("all");
        var past = await TitlesAsync("past");

        all.Should().Equal("D-1 at 12:00", "All day D", "D at 00:00, added first", "D at 00:00, added second");
        past.Should().Equal(all.Reverse());
    }

    [Theory]
    [InlineData("Pacific/Honolulu")]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("America/New_York")]
    [InlineData("UTC")]
    public async Task An_all_day_appointment_is_upcoming_until_its_last_day_ends_in_the_owners_zone(string zoneId)
    {
        var zone = Zones.Find(zoneId);
        ActAs(AdaId, zone);
        await AddAppointmentAsync("All day 4 and 5 March", Local(2031, 3, 4), Local(2031, 3, 5), allDay: true);
        var endOfLastDay = TimeZoneInfo.ConvertTimeToUtc(Local(2031, 3, 6), zone);

        Now(endOfLastDay.AddMinutes(-1));
        (await TitlesAsync()).Should().Equal(["All day 4 and 5 March"], "at 23:59 of its last day in {0} it is still on", zoneId);
        (await TitlesAsync("past")).Should().BeEmpty();

        Now(endOfLastDay);
        (await TitlesAsync()).Should().BeEmpty("at midnight after its last day in {0} it is over", zoneId);
        (await TitlesAsync("past")).Should().Equal("All day 4 and 5 March");
    }

    [Theory]
    [InlineData("%", "100% sure|Back\\%slash")]
    [InlineData("0%", "100% sure")]
    [InlineData("_", "snake_case")]
    [InlineData("e_c", "snake_case")]
    [InlineData("\\", "C:\\temp|Back\\%slash|Back\\slash")]
    [InlineData(":\\t", "C:\\temp")]
    [InlineData("\\%", "Back\\%slash")]
    public async Task Wildcards_and_the_escape_character_in_a_search_are_taken_literally(string search, string found)
    {
        foreach (var title in new[] { "100% sure", "1000 sure", "snake_case", "snakeXcase", "C:\\temp", "C:temp", "Back\\%slash", "Back\\slash" })
        {
            await AddAppointmentAsync(title, Local(2031, 1, 1, 9, 0));
        }

        (await TitlesAsync(search: search)).Should().Equal(found.Split('|'));
    }

    [Theory]
    [InlineData("ärzte", "Ärzte-Treffen")]
    [InlineData("ÄRZTE", "Ärzte-Treffen")]
    [InlineData("ÉCOLE", "Parents' evening")]
    [InlineData("röntgen", "Knee")]
    [InlineData("KNEE", "Knee")]
    [InlineData("  dentist  ", "Dentist")]
    public async Task A_search_ignores_letter_case_also_beyond_ASCII_in_title_location_and_description(string search, string found)
    {
        await AddWithTextAsync("Ärzte-Treffen", Local(2031, 1, 1, 9, 0));
        await AddWithTextAsync("Parents' evening", Local(2031, 1, 2, 9, 0), location: "école du soir");
        await AddWithTextAsync("Knee", Local(2031, 1, 3, 9, 0), description: "Bring the\nRÖNTGENBILD");
        await AddWithTextAsync("Dentist", Local(2031, 1, 4, 9, 0));

        (await TitlesAsync(search: search)).Should().Equal(found);
    }

    [Fact]
    public async Task A_search_does_not_match_across_the_end_of_one_field_and_the_start_of_the_next()
    {
        await AddWithTextAsync("Dentist", Local(2031, 1, 1, 9, 0), location: "Main Street");

        (await TitlesAsync(search: "dentistmain")).Should().BeEmpty();
        (await TitlesAsync(search: "dentist main")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_search_finds_the_new_text_after_an_edit_and_not_the_old()
    {
        var id = await AddWithTextAsync("Dentist", Local(2031, 1, 1, 9, 0));

        await Host.SendAsync(new UpdateAppointmentCommand(id, "Ärztin", Local(2031, 1, 1, 9, 0), null, false, "Hauptstraße", null));

        (await TitlesAsync(search: "dentist")).Should().BeEmpty();
        (await TitlesAsync(search: "ÄRZTIN")).Should().Equal("Ärztin");
        (await TitlesAsync(search: "HAUPTSTRASSE")).Should().BeEmpty("invariant lower case folds letters one by one; ß is not ss");
        (await TitlesAsync(search: "hauptstraße")).Should().Equal("Ärztin");
    }

    [Fact]
    public async Task A_search_keeps_to_the_list_shown_and_pages_through_its_matches()
    {
        Now(Utc(2026, 3, 2, 9, 30));
        for (var day = 1; day <= 5; day++)
        {
            await AddAppointmentAsync($"Yoga {day}", Local(2026, 3, 2 + day, 18, 0));
            await AddAppointmentAsync($"Dentist {day}", Local(2026, 3, 2 + day, 9, 0));
        }

        await AddAppointmentAsync("Yoga last week", Local(2026, 2, 23, 18, 0));
        await AddAppointmentForAsync(GraceId, "Grace's yoga", Local(2026, 3, 4, 18, 0));

        (await TitlesAsync(search: "yoga", pageNumber: 2, pageSize: 2)).Should().Equal("Yoga 3", "Yoga 4");
        var lastPage = await List(new GetAppointmentsQuery(3, 2, Search: "YOGA"));
        lastPage.Items.Select(a => a.Title).Should().Equal("Yoga 5");
        lastPage.HasNextPage.Should().BeFalse();
        (await TitlesAsync("past", "yoga")).Should().Equal("Yoga last week");
        (await TitlesAsync("all", "yoga")).Should().HaveCount(6);
    }

    [Fact]
    public async Task Ten_thousand_appointments_give_the_right_page_of_each_list_and_search()
    {
        Now(Utc(2026, 3, 2, 9, 30));
        var first = Utc(2026, 1, 1);
        await Host.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<ApplicationDbContext>();
            db.Appointments.AddRange(Enumerable.Range(0, 10_000).Select(hour => new Appointment(
                AdaId, $"Number {hour:D5}", AppointmentPeriod.Between(first.AddHours(hour), first.AddHours(hour + 1)), null, null, TimeZoneInfo.Utc)));
            return db.SaveChangesAsync();
        });
        // 2026-03-02 09:30 is hour 1449.5: number 1448 ended at 09:00, number 1449 is in progress.
        static string Number(int hour) => $"Number {hour:D5}";

        (await TitlesAsync(pageNumber: 3)).Should().Equal(Enumerable.Range(1449 + 40, 20).Select(Number));
        (await TitlesAsync("past", pageNumber: 2)).Should().Equal(Enumerable.Range(0, 20).Select(i => Number(1448 - 20 - i)));
        (await TitlesAsync("all", pageNumber: 500)).Should().Equal(Enumerable.Range(9980, 20).Select(Number));
        var upcomingWith77 = Enumerable.Range(1449, 10_000 - 1449).Select(Number).Where(t => t.Contains("77", StringComparison.Ordinal)).ToList();
        (await TitlesAsync(search: "77", pageNumber: 4)).Should().Equal(upcomingWith77.Skip(60).Take(20));
    }

    [Fact]
    public async Task An_empty_page_says_whether_the_user_has_no_appointments_at_all()
    {
        Now(Utc(2026, 3, 2, 9, 30));
        await AddAppointmentForAsync(GraceId, "Grace's review", Local(2026, 3, 5, 9, 0));

        (await ListAsync(new GetAppointmentsQuery())).OwnerHasNone.Should().BeTrue("Grace's appointments are not Ada's");

        await AddAppointmentAsync("Last week", Local(2026, 2, 23, 9, 0));
        var upcoming = await ListAsync(new GetAppointmentsQuery());
        var search = await ListAsync(new GetAppointmentsQuery(Show: "all", Search: "dentist"));
        var past = await ListAsync(new GetAppointmentsQuery(Show: "past"));

        (upcoming.Page.Items.Count, upcoming.OwnerHasNone).Should().Be((0, false));
        (search.Page.Items.Count, search.OwnerHasNone, search.Search).Should().Be((0, false, "dentist"));
        (past.Page.Items.Count, past.OwnerHasNone, past.Shown).Should().Be((1, false, AppointmentsShown.Past));
    }

    [Theory]
    [InlineData("PAST", AppointmentsShown.Past)]
    [InlineData("All", AppointmentsShown.All)]
    [InlineData("", AppointmentsShown.Upcoming)]
    public async Task The_list_word_is_read_in_any_letter_case(string show, AppointmentsShown shown) =>
        (await ListAsync(new GetAppointmentsQuery(Show: show))).Shown.Should().Be(shown);

    [Theory]
    [InlineData("future")]
    [InlineData("1")]
    [InlineData("upcoming ")]
    public async Task A_list_word_that_names_no_list_is_not_found(string show)
    {
        var send = () => Host.SendAsync(new GetAppointmentsQuery(Show: show));

        await send.Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task A_search_longer_than_a_hundred_characters_is_refused_with_a_message_and_one_of_a_hundred_runs()
    {
        await AddAppointmentAsync(new string('a', 100), Local(2031, 1, 1, 9, 0));

        var refused = await ListAsync(new GetAppointmentsQuery(Search: new string('a', 101)));
        var run = await ListAsync(new GetAppointmentsQuery(Search: new string('A', 100)));

        refused.Page.Items.Should().BeEmpty();
        refused.SearchRefused.Should().Be("A search has at most 100 characters; this one has 101.");
        run.SearchRefused.Should().BeNull();
        run.Page.Items.Should().ContainSingle();
    }

    [Theory]
    [InlineData(0, 20, "PageNumber")]
    [InlineData(1, 101, "PageSize")]
    [InlineData(1, 0, "PageSize")]
    public async Task The_pipeline_refuses_a_page_out_of_range(int pageNumber, int pageSize, string invalidField)
    {
        var send = () => Host.SendAsync(new GetAppointmentsQuery(pageNumber, pageSize));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal(invalidField);
    }

    [Fact]
    public async Task The_pipeline_accepts_a_hundred_appointments_a_page()
    {
        await AddAppointmentAsync("Dentist", Local(2024, 7, 1, 9, 0));

        var list = await Host.SendAsync(new GetAppointmentsQuery(1, GetAppointmentsQuery.MaxPageSize, Show: "all"));

        list.Page.Items.Should().ContainSingle();
    }

    private async Task<PaginatedList<AppointmentSummaryDto>> List(GetAppointmentsQuery query) => (await ListAsync(query)).Page;

    private Task<AppointmentList> ListAsync(GetAppointmentsQuery query) =>
        Host.InScopeAsync(sp => new GetAppointmentsQueryHandler(
                sp.GetRequiredService<IApplicationDbContext>(), sp.GetRequiredService<ICurrentUser>(), sp.GetRequiredService<IMapper>(),
                sp.GetRequiredService<TimeProvider>())
            .Handle(query, CancellationToken.None));

    private async Task<IReadOnlyList<string?>> TitlesAsync(string? show = null, string? search = null, int pageNumber = 1, int pageSize = 20) =>
        [.. (await List(new GetAppointmentsQuery(pageNumber, pageSize, show, search))).Items.Select(a => a.Title)];

    private Task<int> AddWithTextAsync(string title, DateTime start, string? location = null, string? description = null) =>
        Host.SendAsync(new CreateAppointmentCommand(title, start, null, false, location, description));

    /// <summary>Sets the fake clock to a UTC wall-clock time.</summary>
    private void Now(DateTime utc) => Host.Clock.SetUtcNow(new DateTimeOffset(utc, TimeSpan.Zero));
}
