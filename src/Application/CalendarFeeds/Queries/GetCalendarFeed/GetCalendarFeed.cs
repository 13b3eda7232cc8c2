// The private calendar feed: a token's owner's appointments in the feed's window, as iCalendar.
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Sched.Application.CalendarFeeds.Common;
using Sched.Domain.Calendars;

namespace Sched.Application.CalendarFeeds.Queries.GetCalendarFeed;

/// <summary>
/// The feed a token opens, for a calendar application that polls it without signing in (so no
/// [Authorize]: the token is the credential). A token that opens no feed is not found, whatever it looks like.
/// </summary>
public sealed record GetCalendarFeedQuery(string Token) : IRequest<CalendarFeedFile>;

/// <summary>
/// The feed's bytes with its validators: <see cref="ETag"/> (a quoted hash of the bytes) and
/// <see cref="LastModified"/> (when these bytes were first served, to the second), so a poll of
/// an unchanged feed can be answered 304.
/// </summary>
public sealed record CalendarFeedFile(byte[] Content, string ETag, DateTimeOffset LastModified);

public sealed class GetCalendarFeedQueryHandler(
    IApplicationDbContext db, ICalendarFileWriter writer, CalendarFeedWindow window, TimeProvider clock)
    : IRequestHandler<GetCalendarFeedQuery, CalendarFeedFile>
{
    public async Task<CalendarFeedFile> Handle(GetCalendarFeedQuery request, CancellationToken cancellationToken)
    {
        // Every token, well-formed or not, is hashed and looked up once through the unique index: a
        // wrong one takes the same path as a right one up to the lookup, and no secret is compared in
        // code, so timing tells nothing about how close a guess came.
        var hash = CalendarFeed.HashOf(request.Token);
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.TokenHash == hash, cancellationToken)
                   ?? throw new NotFoundException("Calendar feed", "(token)");

        var now = clock.GetUtcNow().UtcDateTime;
        var (from, to) = window.Around(now);
        var ownerId = feed.OwnerId;

        // The (OwnerId, Start) index bounds the scan by owner and Start < to; End is filtered on those rows.
        var events = await db.Appointments.AsNoTracking()
            .Where(a => a.OwnerId == ownerId && a.Start < to && a.End >= from)
            .OrderBy(a => a.Start).ThenBy(a => a.Id)
            .Select(CalendarFileEvent.FromAppointment)
            .ToListAsync(cancellationToken);
        var content = writer.Write(events);

        // The feed's Last-Modified is when its bytes last changed, which a deletion or an appointment
        // leaving the window changes too; the row remembers the hash of what was served last.
        var contentHash = Convert.ToHexStringLower(SHA256.HashData(content));
        var changed = feed.Served(contentHash, TruncatedToSeconds(now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Turned off by its owner between the lookup and this save: the token opens nothing any more.
            throw new NotFoundException("Calendar feed", "(token)");
        }

        return new CalendarFeedFile(content, $"\"{contentHash}\"", new DateTimeOffset(changed, TimeSpan.Zero));
    }

    /// <summary>HTTP dates have whole seconds; a finer Last-Modified would never equal the If-Modified-Since sent back.</summary>
    private static DateTime TruncatedToSeconds(DateTime instant) => instant.AddTicks(-(instant.Ticks % TimeSpan.TicksPerSecond));
}
