// Turns the current user's calendar feed on, or gives it a new token: the old URL stops working at once.
using Microsoft.EntityFrameworkCore;
using Sched.Domain.Calendars;

namespace Sched.Application.CalendarFeeds.Commands.RegenerateCalendarFeed;

/// <summary>
/// A new secret token for the current user's feed (turning the feed on if it was off). Returns the
/// token, which is stored nowhere: only its hash is kept, so this is the one time it can be shown.
/// </summary>
[Authorize]
public sealed record RegenerateCalendarFeedCommand : IRequest<string>;

public sealed class RegenerateCalendarFeedCommandHandler(IApplicationDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<RegenerateCalendarFeedCommand, string>
{
    public async Task<string> Handle(RegenerateCalendarFeedCommand request, CancellationToken cancellationToken)
    {
        var ownerId = currentUser.RequiredUserId();
        var now = clock.GetUtcNow().UtcDateTime;
        string token;
        if (await db.CalendarFeeds.SingleOrDefaultAsync(f => f.OwnerId == ownerId, cancellationToken) is { } feed)
        {
            token = feed.Regenerate(now);
        }
        else
        {
            (feed, token) = CalendarFeed.Start(ownerId, now);
            db.CalendarFeeds.Add(feed);
        }

        await db.SaveChangesAsync(cancellationToken);
        return token;
    }
}
