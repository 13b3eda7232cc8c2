using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Sched.Domain.Calendars;

/// <summary>
/// One user's private calendar feed: a secret token in its URL lets a calendar application read their
/// appointments without signing in. Only the token's SHA-256 hash is kept, so the database alone
/// cannot give anyone a working URL; the token itself is shown once, when it is made. No row: the feed is off.
/// </summary>
public sealed class CalendarFeed
{
    /// <summary>Random bytes in a token: 256 bits, twice the least a guess must face.</summary>
    public const int TokenBytes = 32;

    /// <summary>A SHA-256 hash written as lower-case hex.</summary>
    public const int TokenHashLength = 64;

    private CalendarFeed(string ownerId, string tokenHash, DateTime created)
    {
        OwnerId = ownerId;
        TokenHash = tokenHash;
        Created = created;
    }

    /// <summary>The user whose appointments the feed shows; one feed per user.</summary>
    public string OwnerId { get; private set; }

    /// <summary>The hash of the token (<see cref="HashOf"/>); the token is kept nowhere.</summary>
    public string TokenHash { get; private set; }

    /// <summary>When the current token was made (UTC).</summary>
    public DateTime Created { get; private set; }

    /// <summary>
    /// The hash of the feed's content as last served, and when that content was first served (UTC): the
    /// feed's Last-Modified, which changes when anything in it changes, a deletion included.
    /// </summary>
    public string? ContentHash { get; private set; }

    public DateTime? ContentChanged { get; private set; }

    /// <summary>A new feed for the owner; returns it with its token, which only the caller ever sees.</summary>
    public static (CalendarFeed Feed, string Token) Start(string ownerId, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(ownerId))
        {
            throw new ArgumentException("A calendar feed needs an owner.", nameof(ownerId));
        }

        var feed = new CalendarFeed(ownerId, string.Empty, now);
        return (feed, feed.Regenerate(now));
    }

    /// <summary>Replaces the token: the old one stops working once this is saved. Returns the new token.</summary>
    public string Regenerate(DateTime now)
    {
        // Base64url without padding (RFC 4648 §5): letters, digits, '-' and '_', safe in a URL path.
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        TokenHash = HashOf(token);
        Created = now;
        ContentHash = null;
        ContentChanged = null;
        return token;
    }

    /// <summary>Records the content about to be served; returns when it last changed (now, if it just did).</summary>
    public DateTime Served(string contentHash, DateTime now)
    {
        if (ContentHash != contentHash || ContentChanged is null)
        {
            ContentHash = contentHash;
            ContentChanged = now;
        }

        return ContentChanged.Value;
    }

    /// <summary>
    /// What is stored for a token, and what a request's token is looked up by: its SHA-256 as hex. Any
    /// text hashes to the same length, so a malformed token takes the same path as a well-formed wrong one.
    /// </summary>
    public static string HashOf(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
