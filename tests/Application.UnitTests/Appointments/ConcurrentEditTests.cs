// Two requests that change one appointment at once: the last edit wins whole (never half of each),
// and an edit or a delete of an appointment that another request deleted meanwhile finds nothing.
using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Commands.DeleteAppointment;
using Sched.Domain.Appointments;

namespace Sched.Application.UnitTests.Appointments;

public sealed class ConcurrentEditTests : AppointmentUseCaseTests
{
    [Fact]
    public async Task Two_edits_at_once_never_mix_their_periods_the_last_wins_whole()
    {
        var id = await AddAppointmentAsync("Conference", Local(2031, 3, 4), Local(2031, 3, 5), allDay: true);
        await using var first = Host.CreateScope();
        await using var second = Host.CreateScope();
        var toTimed = await LoadAsync(first, id);
        var toOtherDays = await LoadAsync(second, id);

        toTimed.Change("Call", AppointmentPeriod.Between(Utc(2031, 3, 4, 9), Utc(2031, 3, 4, 10)), null, null, TimeZoneInfo.Utc);
        await Db(first).SaveChangesAsync();
        toOtherDays.Change("Conference", AppointmentPeriod.OnDays(new DateOnly(2031, 3, 6), new DateOnly(2031, 3, 7), TimeZoneInfo.Utc), null, null, TimeZoneInfo.Utc);
        await Db(second).SaveChangesAsync();

        var stored = await StoredAsync(id);
        stored!.When.Should().Be(AppointmentPeriod.OnDays(new DateOnly(2031, 3, 6), new DateOnly(2031, 3, 7), TimeZoneInfo.Utc));
    }

    [Fact]
    public async Task Saving_an_edit_of_an_appointment_deleted_meanwhile_fails_as_a_concurrency_conflict()
    {
        var id = await AddAppointmentAsync("Dentist", Local(2031, 3, 4, 9, 0));
        await using var editing = Host.CreateScope();
        var appointment = await LoadAsync(editing, id);
        await Host.SendAsync(new DeleteAppointmentCommand(id));

        appointment.Change("Dentist, moved", AppointmentPeriod.Between(Utc(2031, 3, 5, 9), Utc(2031, 3, 5, 10)), null, null, TimeZoneInfo.Utc);
        var save = () => Db(editing).SaveChangesAsync();

        // The update and delete handlers answer this exception with "not found".
        await save.Should().ThrowAsync<DbUpdateConcurrencyException>();
        (await StoredAsync(id)).Should().BeNull();
    }

    private static ApplicationDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();

    private static Task<Appointment> LoadAsync(AsyncServiceScope scope, int id) => Db(scope).Appointments.SingleAsync(a => a.Id == id);
}
