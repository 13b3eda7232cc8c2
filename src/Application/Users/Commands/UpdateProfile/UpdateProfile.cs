using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Common;
using Sched.Application.Common.Time;
using Sched.Application.Users.Common;

namespace Sched.Application.Users.Commands.UpdateProfile;

/// <summary>
/// The current user changes their display name, time zone (an IANA id; empty means the default) and
/// the day their calendar weeks begin on.
/// Their all-day appointments keep their days and move their anchors into the new zone.
/// </summary>
[Authorize]
public sealed record UpdateProfileCommand(string? DisplayName, string? TimeZoneId, DayOfWeek FirstDayOfWeek = UserProfile.DefaultFirstDayOfWeek)
    : IRequest<Unit>;

public sealed class UpdateProfileCommandHandler(
    IAccountService accounts, ISessionService sessions, ICurrentUser currentUser, IApplicationDbContext db, DefaultTimeZone defaultZone)
    : IRequestHandler<UpdateProfileCommand, Unit>
{
    public async Task<Unit> Handle(UpdateProfileCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId();
        var zone = string.IsNullOrWhiteSpace(request.TimeZoneId) ? null : request.TimeZoneId.Trim();
        if (!await accounts.UpdateProfileAsync(userId, AccountRules.DisplayNameOrNull(request.DisplayName), zone, request.FirstDayOfWeek, cancellationToken))
        {
            throw new NotFoundException("User", userId);
        }

        var allDay = await db.Appointments.OwnedBy(currentUser).Where(a => a.AllDay).ToListAsync(cancellationToken);
        foreach (var appointment in allDay)
        {
            appointment.MoveToZone(defaultZone.For(zone));
        }

        await db.SaveChangesAsync(cancellationToken);

        // The session carries the zone and first day of the week, so every later request uses the new ones.
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
        RuleFor(c => c.FirstDayOfWeek).IsInEnum().WithMessage("Choose a day from the list.");
    }
}
