using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Common;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Commands.DeleteAppointment;

/// <summary>Deletes one of the current user's appointments; another user's is not found.</summary>
[Authorize]
public sealed record DeleteAppointmentCommand(int Id) : IRequest<Unit>;

public sealed class DeleteAppointmentCommandHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IRequestHandler<DeleteAppointmentCommand, Unit>
{
    public async Task<Unit> Handle(DeleteAppointmentCommand request, CancellationToken cancellationToken)
    {
        var appointment = await db.Appointments.FindOwnedAsync(request.Id, currentUser, cancellationToken);
        db.Appointments.Remove(appointment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Deleted by another request between reading and saving: it is not there any more.
            throw new NotFoundException(nameof(Appointment), request.Id);
        }

        return Unit.Value;
    }
}
