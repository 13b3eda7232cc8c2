using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Common;
using Sched.Application.Common.Time;
using Sched.Application.Users.Common;

namespace Sched.Application.Users.Commands.UpdateProfile;

/// <summary>
/// The current user changes their display name and time zone (an IANA id; empty means the default).
/// Their all-day appointments keep their days and move their anchors into the new zone.
/// </summary>
[Authorize]
public sealed record UpdateProfileCommand(string? DisplayName, string? TimeZoneId) : IRequest<Unit>;

public sealed class UpdateProfileCommandHandler(
    IAccountService accounts, ISessionService sessions, ICurrentUser currentUser, IApplicationDbContext db, DefaultTimeZone defaultZone)
    : IRequestHandler<UpdateProfileCommand, Unit>
{
    public async Task<Unit> Handle(UpdateProfileCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId();
        var zone = string.IsNullOrWhiteSpace(request.TimeZoneId) ? null : request.TimeZoneId.Trim();
        if (!await accounts.UpdateProfileAsync(userId, AccountRules.DisplayNameOrNull(request.DisplayName), zone, cancellationToken))
        {
            throw new NotFoundException("User", userId);
        }

        var allDay = await db.Appointments.OwnedBy(currentUser).Where(a => a.AllDay).ToListAsync(cancellationToken);
        foreach (var appointment in allDay)
        {
            appointment.MoveToZone(defaultZone.For(zone));
        }

        await db.SaveChangesAsync(cancellationToken);

        // The session carries the zone, so every later request reads times in the new one.
        await sessions.RefreshAsync(userId, cancellationToken);
        return Unit.Value;
    }
}

public sealed class UpdateProfileCommandValidator : AbstractValidator<UpdateProfileCommand>
{
    public UpdateProfileCommandValidator()
    {
        RuleFor(c => c.DisplayName).ValidDisplayName();
        RuleFor(c => c.TimeZoneId)
            .Must(id => TimeZoneInfo.TryFindSystemTimeZoneById(id!.Trim(), out _))
            .WithMessage("Choose a time zone from the list.")
            .When(c => !string.IsNullOrWhiteSpace(c.TimeZoneId));
    }
}
