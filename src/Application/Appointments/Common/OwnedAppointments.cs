using Microsoft.EntityFrameworkCore;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Common;

/// <summary>
/// The ownership rule in one place: an appointment is looked up by id AND owner, so another
/// user's appointment is "not found" exactly like one that does not exist.
/// </summary>
public static class OwnedAppointments
{
    public static IQueryable<Appointment> OwnedBy(this IQueryable<Appointment> appointments, ICurrentUser currentUser)
    {
        var ownerId = currentUser.RequiredUserId();
        return appointments.Where(a => a.OwnerId == ownerId);
    }

    public static async Task<Appointment> FindOwnedAsync(
        this IQueryable<Appointment> appointments, int id, ICurrentUser currentUser, CancellationToken cancellationToken) =>
        await appointments.OwnedBy(currentUser).SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException(nameof(Appointment), id);
}
