using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Common;
using Sched.Application.Common.Time;
using Sched.Application.Users.Common;

namespace Sched.Application.Users.Commands.UpdateProfile;

/// <summary>
/// The current user changes their display name, time zone (an IANA id; empty means the default) and
/// the day their calendar weeks begin on.
/// In a new zone, their all-day appointments keep their days and move their anchors, and every
/// appointment is placed again on the days of their calendar.
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
        var before = await accounts.GetProfileAsync(userId, cancellationToken) ?? throw new NotFoundException("User", userId);
        if (!await accounts.UpdateProfileAsync(userId, AccountRules.DisplayNameOrNull(request.DisplayName), zone, request.FirstDayOfWeek, cancellationToken))
        {
            throw new NotFoundException("User", userId);
        }

        // In another zone, all-day appointments keep their days and timed ones their instants; both may
        // now sit on other days of the calendar. The same zone (every profile change saves one) moves nothing.
        var newZone = defaultZone.For(zone);
        if (newZone.Id != defaultZone.For(before.TimeZoneId).Id)
        {
            var owned = await db.Appointments.OwnedBy(currentUser).ToListAsync(cancellationToken);
            foreach (var appointment in owned)
            {
                appointment.MoveToZone(newZone);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

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
