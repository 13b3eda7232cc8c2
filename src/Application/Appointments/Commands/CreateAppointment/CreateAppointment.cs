using Sched.Application.Appointments.Common;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Commands.CreateAppointment;

/// <summary>
/// Adds an appointment for the current user; returns its id. When it would overlap others of theirs
/// and <see cref="AllowOverlap"/> is false, nothing is stored and <see cref="OverlapsFoundException"/> lists them.
/// </summary>
[Authorize]
public sealed record CreateAppointmentCommand(
    string? Title, DateTime? Start, DateTime? End, bool AllDay, string? Location, string? Description, bool AllowOverlap = false)
    : IRequest<int>, IAppointmentInput;

public sealed class CreateAppointmentCommandHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IRequestHandler<CreateAppointmentCommand, int>
{
    public async Task<int> Handle(CreateAppointmentCommand request, CancellationToken cancellationToken)
    {
        var ownerId = currentUser.RequiredUserId();
        var when = AppointmentTimes.ToPeriod(request, currentUser.TimeZone);
        if (!request.AllowOverlap)
        {
            await db.Appointments.EnsureNoOverlapAsync(currentUser, when, exceptId: null, cancellationToken);
        }

        var appointment = new Appointment(ownerId, request.Title, when, request.Location, request.Description, currentUser.TimeZone);
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync(cancellationToken);
        return appointment.Id;
    }
}

public sealed class CreateAppointmentCommandValidator(ICurrentUser currentUser)
    : AppointmentInputValidator<CreateAppointmentCommand>(currentUser);
