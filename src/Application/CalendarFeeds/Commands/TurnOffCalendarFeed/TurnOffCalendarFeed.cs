// Turns the current user's calendar feed off: its URL answers 404 from now on.
using Microsoft.EntityFrameworkCore;

namespace Sched.Application.CalendarFeeds.Commands.TurnOffCalendarFeed;

/// <summary>Removes the current user's feed, if they have one; turning it on again makes a new URL.</summary>
[Authorize]
public sealed record TurnOffCalendarFeedCommand : IRequest<Unit>;

public sealed class TurnOffCalendarFeedCommandHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IRequestHandler<TurnOffCalendarFeedCommand, Unit>
{
    public async Task<Unit> Handle(TurnOffCalendarFeedCommand request, CancellationToken cancellationToken)
    {
        var ownerId = currentUser.RequiredUserId();
        if (await db.CalendarFeeds.SingleOrDefaultAsync(f => f.OwnerId == ownerId, cancellationToken) is { } feed)
        {
            db.CalendarFeeds.Remove(feed);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
