using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Common;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Commands.UpdateAppointment;

/// <summary>
/// Changes one of the current user's appointments; another user's is not found. When the new times
/// would overlap others of theirs (never itself) and <see cref="AllowOverlap"/> is false, nothing
/// changes and <see cref="OverlapsFoundException"/> lists them.
/// </summary>
[Authorize]
public sealed record UpdateAppointmentCommand(
    int Id, string? Title, DateTime? Start, DateTime? End, bool AllDay, string? Location, string? Description, bool AllowOverlap = false)
    : IRequest<Unit>, IAppointmentInput;

public sealed class UpdateAppointmentCommandHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IRequestHandler<UpdateAppointmentCommand, Unit>
{
    public async Task<Unit> Handle(UpdateAppointmentCommand request, CancellationToken cancellationToken)
    {
        var appointment = await db.Appointments.FindOwnedAsync(request.Id, currentUser, cancellationToken);
        var when = AppointmentTimes.ToPeriod(request, currentUser.TimeZone);
        if (!request.AllowOverlap)
        {
            await db.Appointments.EnsureNoOverlapAsync(currentUser, when, exceptId: appointment.Id, cancellationToken);
        }

        appointment.Change(request.Title, when, request.Location, request.Description, currentUser.TimeZone);
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

public sealed class UpdateAppointmentCommandValidator(ICurrentUser currentUser)
    : AppointmentInputValidator<UpdateAppointmentCommand>(currentUser);
