// GetAppointmentsQuery: one page of the current user's own appointments, in order of start, in their zone.
using AutoMapper;
using Sched.Application.Appointments.Queries.GetAppointments;
using Sched.Application.Users.Commands.UpdateProfile;

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

        var page = await List(new GetAppointmentsQuery());

        page.Items.Select(a => a.Title).Should().Equal(
            "The day before", "03:30 in New York (07:30Z)", "10:00 in Berlin (08:00Z)", "09:00Z", "06:00 in New York (10:00Z)");
        page.HasNextPage.Should().BeFalse();
    }

    [Fact]
    public async Task Appointments_that_start_together_keep_the_order_they_were_added_in()
    {
        await AddAppointmentAsync("Added first", Local(2024, 7, 1, 9, 0));
        await AddAppointmentAsync("Added second", Local(2024, 7, 1, 9, 0), Local(2024, 7, 1, 9, 30));

        var page = await List(new GetAppointmentsQuery());

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

        var page = await List(new GetAppointmentsQuery(pageNumber, PageSize: 2));

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

        var page = await List(new GetAppointmentsQuery());

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

        var page = await Host.SendAsync(new GetAppointmentsQuery(1, GetAppointmentsQuery.MaxPageSize));

        page.Items.Should().ContainSingle();
    }

    private Task<PaginatedList<AppointmentSummaryDto>> List(GetAppointmentsQuery query) =>
        Host.InScopeAsync(sp => new GetAppointmentsQueryHandler(
                sp.GetRequiredService<IApplicationDbContext>(), sp.GetRequiredService<ICurrentUser>(), sp.GetRequiredService<IMapper>())
            .Handle(query, CancellationToken.None));
}
