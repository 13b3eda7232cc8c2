namespace Sched.Domain.Calendars;

/// <summary>
/// A calendar file's events as the owner saw them in the import preview, waiting for them to confirm:
/// what was read and checked, never the file itself. It is theirs alone and expires; confirming stores
/// the appointments and removes it.
/// </summary>
public sealed class PendingImport
{
    public PendingImport(string ownerId, int eventCount, string events, DateTime created, DateTime expires)
    {
        if (string.IsNullOrWhiteSpace(ownerId))
        {
            throw new ArgumentException("A pending import needs an owner.", nameof(ownerId));
        }

        Id = Guid.NewGuid();
        OwnerId = ownerId;
        EventCount = eventCount;
        Events = events;
        Created = created;
        Expires = expires;
    }

    /// <summary>Random, so one owner's pending import cannot be named by guessing; the owner check is the guard.</summary>
    public Guid Id { get; private set; }

    public string OwnerId { get; private set; }

    /// <summary>How many appointments confirming stores or updates.</summary>
    public int EventCount { get; private set; }

    /// <summary>The events, serialized by Application (JSON).</summary>
    public string Events { get; private set; }

    public DateTime Created { get; private set; }

    /// <summary>After this (UTC) it cannot be confirmed, and the next preview of anyone removes it.</summary>
    public DateTime Expires { get; private set; }
}
