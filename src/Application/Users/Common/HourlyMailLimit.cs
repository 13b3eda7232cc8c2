namespace Sched.Application.Users.Common;

/// <summary>
/// The per-address limit of the mails that go to an address someone typed into a form (reset links,
/// confirmation links, notices that an address is in use), counted from the outbox, so no form can flood a mailbox.
/// </summary>
public static class HourlyMailLimit
{
    /// <summary>Whether fewer than <paramref name="perHour"/> mails of this purpose were queued for the address in the last hour.</summary>
    public static async Task<bool> AllowsAnotherAsync(
        this IMailOutbox outbox, string to, string purpose, int perHour, TimeProvider clock, CancellationToken cancellationToken) =>
        await outbox.CountQueuedSinceAsync(to, purpose, clock.GetUtcNow().UtcDateTime.AddHours(-1), cancellationToken) < perHour;
}
