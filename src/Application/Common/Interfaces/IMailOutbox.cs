namespace Sched.Application.Common.Interfaces;

/// <summary>
/// Outgoing mail. No request waits on a mail server: a mail is stored in the outbox, and a background
/// sender in Infrastructure delivers it (with retries) over SMTP, or into a pickup folder when no
/// server is configured. A mail caused by a change to an account is stored in the same save as that
/// change, by the <see cref="IAccountService"/> method that makes it; this port is for mails that no
/// other change causes.
/// </summary>
public interface IMailOutbox
{
    /// <summary>Stores the mail for delivery.</summary>
    Task QueueAsync(OutgoingMail mail, CancellationToken cancellationToken);

    /// <summary>How many mails of this purpose were queued for this address since the instant (sent or not).</summary>
    Task<int> CountQueuedSinceAsync(string to, string purpose, DateTime sinceUtc, CancellationToken cancellationToken);
}
