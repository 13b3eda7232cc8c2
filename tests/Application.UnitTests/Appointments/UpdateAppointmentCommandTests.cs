// UpdateAppointmentCommand: the owner changes an appointment; anyone else's is "not found" and stays as it was.
using Sched.Application.Appointments.Commands.UpdateAppointment;

namespace Sched.Application.UnitTests.Appointments;

public sealed class UpdateAppointmentCommandTests : AppointmentUseCaseTests
{
    [Fact]
    public async Task The_owner_changes_every_field_with_times_from_their_zone()
    {
        var id = await AddAppointmentAsync("Dentist", Local(2024, 7, 1, 9, 0));
        ActAs(AdaId, Zones.NewYork);

        await Update(new UpdateAppointmentCommand(
            id, "Dentist, moved", Local(2024, 7, 2, 14, 0), Local(2024, 7, 2, 15, 15), AllDay: false, "Elm Street 2", "Late again."));

        var stored = await StoredAsync(id);
        stored!.OwnerId.Should().Be(AdaId);
        stored.Title.Should().Be("Dentist, moved");
        stored.Start.Should().Be(Utc(2024, 7, 2, 18, 0));
        stored.End.Should().Be(Utc(2024, 7, 2, 19, 15));
        stored.Location.Should().Be("Elm Street 2");
        stored.Description.Should().Be("Late again.");
    }

    [Fact]
    public async Task Modified_moves_with_the_clock_and_created_stays()
    {
        var id = await AddAppointmentAsync("Dentist", Local(2024, 7, 1, 9, 0));
        Host.Clock.Advance(TimeSpan.FromDays(2));

        await Update(new UpdateAppointmentCommand(id, "Dentist, moved", Local(2024, 7, 1, 10, 0), null, AllDay: false, null, null));

        var stored = await StoredAsync(id);
        stored!.Created.Should().Be(SchedTestHost.Start.UtcDateTime);
        stored.Modified.Should().Be(SchedTestHost.Start.UtcDateTime.AddDays(2));
    }

    [Fact]
    public async Task Another_users_appointment_is_not_found_and_stays_unchanged()
    {
        var gracesId = await AddAppointmentForAsync(GraceId, "Grace's review", Local(2024, 7, 1, 9, 0));
        var before = await StoredAsync(gracesId);
        Host.Clock.Advance(TimeSpan.FromHours(1));

        var update = () => Update(new UpdateAppointmentCommand(gracesId, "Taken over", Local(2024, 7, 5, 9, 0), null, AllDay: false, null, null));

        await update.Should().ThrowAsync<NotFoundException>();
        (await StoredAsync(gracesId)).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task A_missing_appointment_is_not_found()
    {
        var update = () => Update(new UpdateAppointmentCommand(404, "Nothing", Local(2024, 7, 5, 9, 0), null, AllDay: false, null, null));

        await update.Should().ThrowAsync<NotFoundException>().WithMessage("*404*");
    }

    [Theory]
    [MemberData(nameof(InvalidAppointmentInput.BrokenFields), MemberType = typeof(InvalidAppointmentInput))]
    public async Task Refuses_input_that_breaks_a_rule_and_changes_nothing(string brokenField)
    {
        var id = await AddAppointmentAsync("Dentist", Local(2024, 7, 1, 9, 0));
        var before = await StoredAsync(id);

        var send = () => Host.SendAsync(InvalidAppointmentInput.ForUpdate(id, brokenField));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal(brokenField);
        (await StoredAsync(id)).Should().BeEquivalentTo(before);
    }

    private Task<Unit> Update(UpdateAppointmentCommand command) =>
        Host.InScopeAsync(sp => new UpdateAppointmentCommandHandler(sp.GetRequiredService<IApplicationDbContext>(), sp.GetRequiredService<ICurrentUser>())
            .Handle(command, CancellationToken.None));
}
