using Microsoft.EntityFrameworkCore;
using Sched.Domain.Users;

namespace Sched.Application.Users.Commands.SetUserActive;

/// <summary>
/// Lets a user sign in again, or stops them (their data stays, every session of theirs ends, and their
/// calendar feed is turned off, since its URL is a credential too). An unknown email is <see cref="NotFoundException"/>.
/// </summary>
public sealed record SetUserActiveCommand(string Email, bool Active) : IRequest<Unit>;

public sealed class SetUserActiveCommandHandler(IAccountService accounts, ISessionService sessions, IApplicationDbContext db)
    : IRequestHandler<SetUserActiveCommand, Unit>
{
    public async Task<Unit> Handle(SetUserActiveCommand request, CancellationToken cancellationToken)
    {
        var userId = EmailAddress.TryParse(request.Email, out var email)
            ? await accounts.SetActiveAsync(email, request.Active, cancellationToken)
            : null;
        if (userId is null)
        {
            throw new NotFoundException("User", EmailAddress.Describe(request.Email));
        }

        if (!request.Active)
        {
            await sessions.EndSessionsAsync(userId, keepCurrent: false, cancellationToken);
            if (await db.CalendarFeeds.SingleOrDefaultAsync(f => f.OwnerId == userId, cancellationToken) is { } feed)
            {
                db.CalendarFeeds.Remove(feed);
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        return Unit.Value;
    }
}

/// <summary>The user is named by email.</summary>
public sealed class SetUserActiveCommandValidator : AbstractValidator<SetUserActiveCommand>
{
    public SetUserActiveCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter an email address.");
    }
}
