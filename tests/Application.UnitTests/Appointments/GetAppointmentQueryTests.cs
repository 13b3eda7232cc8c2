// GetAppointmentQuery: one of the current user's appointments in full, with how long it lasts.
using AutoMapper;
using Sched.Application.Appointments.Commands.CreateAppointment;
using Sched.Application.Appointments.Queries.GetAppointment;

namespace Sched.Application.UnitTests.Appointments;

public sealed class GetAppointmentQueryTests : AppointmentUseCaseTests
{
    [Fact]
    public async Task Returns_the_appointment_in_the_users_zone_with_its_exact_duration()
    {
        ActAs(AdaId, Zones.NewYork);
        var id = await Host.SendAsync(new CreateAppointmentCommand(
            "Conference", Local(2024, 7, 1, 9, 0), Local(2024, 7, 4, 8, 52, 12), AllDay: false, "Hall 3", "Talks\nand more talks."));

        var detail = await Get(id);

        detail.Should().BeEquivalentTo(new AppointmentDetailDto
        {
            Id = id,
            Title = "Conference",
            Start = new DateTimeOffset(2024, 7, 1, 9, 0, 0, TimeSpan.FromHours(-4)),
            End = new DateTimeOffset(2024, 7, 4, 8, 52, 12, TimeSpan.FromHours(-4)),
            FirstDay = new DateOnly(2024, 7, 1),
            LastDay = new DateOnly(2024, 7, 4),
            AllDay = false,
            Location = "Hall 3",
            Description = "Talks\nand more talks.",
            Duration = new TimeSpan(days: 2, hours: 23, minutes: 52, seconds: 12),
        });
    }

    [Fact]
    public async Task The_duration_is_real_time_across_a_daylight_saving_change()
    {
        ActAs(AdaId, Zones.Berlin);
        var id = await AddAppointmentAsync("Night train", Local(2024, 3, 31, 1, 0), Local(2024, 3, 31, 4, 0));

        var detail = await Get(id);

        detail.Duration.Should().Be(TimeSpan.FromHours(2));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    public async Task An_all_day_appointment_lasts_whole_days_counting_its_last(int lastDay, int days)
    {
        ActAs(AdaId, Zones.NewYork);
        var id = await AddAppointmentAsync("Holiday", Local(2024, 7, 1), Local(2024, 7, lastDay), allDay: true);

        var detail = await Get(id);

        detail.Duration.Should().Be(TimeSpan.FromDays(days));
        (detail.FirstDay, detail.LastDay).Should().Be((new DateOnly(2024, 7, 1), new DateOnly(2024, 7, lastDay)));
        detail.Start.Should().Be(new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.FromHours(-4)));
        detail.End.Should().Be(new DateTimeOffset(2024, 7, lastDay + 1, 0, 0, 0, TimeSpan.FromHours(-4)));
    }

    [Fact]
    public async Task Another_users_appointment_is_not_found()
    {
        var gracesId = await AddAppointmentForAsync(GraceId, "Grace's review", Local(2024, 7, 1, 9, 0));

        var get = () => Get(gracesId);

        await get.Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task A_missing_appointment_is_not_found()
    {
        var get = () => Get(404);

        await get.Should().ThrowAsync<NotFoundException>().WithMessage("*404*");
    }

    private Task<AppointmentDetailDto> Get(int id) =>
        Host.InScopeAsync(sp => new GetAppointmentQueryHandler(
                sp.GetRequiredService<IApplicationDbContext>(), sp.GetRequiredService<ICurrentUser>(), sp.GetRequiredService<IMapper>())
            .Handle(new GetAppointmentQuery(id), CancellationToken.None));
}
