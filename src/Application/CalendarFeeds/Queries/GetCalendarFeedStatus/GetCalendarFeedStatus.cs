// Whether the current user's calendar feed is on, for the account page.
using Microsoft.EntityFrameworkCore;
using Sched.Application.Common.Time;

namespace Sched.Application.CalendarFeeds.Queries.GetCalendarFeedStatus;

[Authorize]
public sealed record GetCalendarFeedStatusQuery : IRequest<CalendarFeedStatus>;

/// <summary>Whether the feed is on and, if so, since when its current token exists, on the user's clock.</summary>
public sealed record CalendarFeedStatus(bool IsOn, DateTimeOffset? Since);

public sealed class GetCalendarFeedStatusQueryHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IRequestHandler<GetCalendarFeedStatusQuery, CalendarFeedStatus>
{
    public async Task<CalendarFeedStatus> Handle(GetCalendarFeedStatusQuery request, CancellationToken cancellationToken)
    {
        var ownerId = currentUser.RequiredUserId();
        var created = await db.CalendarFeeds.AsNoTracking()
            .Where(f => f.OwnerId == ownerId)
            .Select(f => (DateTime?)f.Created)
            .SingleOrDefaultAsync(cancellationToken);
        return created is { } since
            ? new CalendarFeedStatus(true, UserTime.InZone(since, currentUser.TimeZone))
            : new CalendarFeedStatus(false, null);
    }
}
