// DeleteAppointmentCommand: the owner deletes an appointment; anyone else's is "not found" and stays.
using Sched.Application.Appointments.Commands.DeleteAppointment;

namespace Sched.Application.UnitTests.Appointments;

public sealed class DeleteAppointmentCommandTests : AppointmentUseCaseTests
{
    [Fact]
    public async Task The_owner_deletes_it_and_only_it()
    {
        var id = await AddAppointmentAsync("Dentist", Local(2024, 7, 1, 9, 0));
        var keptId = await AddAppointmentAsync("Barber", Local(2024, 7, 2, 9, 0));

        await Delete(id);

        (await AllStoredAsync()).Select(a => a.Id).Should().Equal(keptId);
    }

    [Fact]
    public async Task Another_users_appointment_is_not_found_and_still_exists()
    {
        var gracesId = await AddAppointmentForAsync(GraceId, "Grace's review", Local(2024, 7, 1, 9, 0));

        var delete = () => Delete(gracesId);

        await delete.Should().ThrowAsync<NotFoundException>();
        (await StoredAsync(gracesId)).Should().NotBeNull();
    }

    [Fact]
    public async Task A_missing_appointment_is_not_found()
    {
        var delete = () => Delete(404);

        await delete.Should().ThrowAsync<NotFoundException>().WithMessage("*404*");
    }

    [Fact]
    public async Task Deletes_through_the_pipeline()
    {
        var id = await AddAppointmentAsync("Dentist", Local(2024, 7, 1, 9, 0));

        await Host.SendAsync(new DeleteAppointmentCommand(id));

        (await StoredAsync(id)).Should().BeNull();
    }

    private Task<Unit> Delete(int id) =>
        Host.InScopeAsync(sp => new DeleteAppointmentCommandHandler(sp.GetRequiredService<IApplicationDbContext>(), sp.GetRequiredService<ICurrentUser>())
            .Handle(new DeleteAppointmentCommand(id), CancellationToken.None));
}
