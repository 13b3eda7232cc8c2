using Microsoft.AspNetCore.DataProtection;
using Sched.Infrastructure.Persistence;

namespace Sched.Infrastructure.Mail;

/// <summary>
/// The outbox table over the request's own context. <see cref="Stage"/> adds a mail without saving, so
/// that the save of the change which causes it stores both at once (one SaveChanges, one transaction);
/// <see cref="QueueAsync"/> saves a mail that no other change causes.
/// </summary>
public sealed class MailOutbox(ApplicationDbContext db, IDataProtectionProvider protection, TimeProvider clock) : IMailOutbox
{
    /// <summary>The Data Protection purpose of stored mail bodies.</summary>
    public const string ProtectionPurpose = "Sched.Mail.Outbox.v1";

    public async Task QueueAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        Stage(mail);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<int> CountQueuedSinceAsync(string to, string purpose, DateTime sinceUtc, CancellationToken cancellationToken) =>
        db.QueuedMails.CountAsync(m => m.To == to && m.Purpose == purpose && m.Queued >= sinceUtc, cancellationToken);

    /// <summary>Adds the mail to the context, to be stored by its next save.</summary>
    public QueuedMail Stage(OutgoingMail mail)
    {
        var protector = protection.CreateProtector(ProtectionPurpose);
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = new QueuedMail
        {
            To = mail.To,
            Subject = mail.Subject,
            ProtectedTextBody = protector.Protect(mail.TextBody),
            ProtectedHtmlBody = protector.Protect(mail.HtmlBody),
            Purpose = mail.Purpose,
            Queued = now,
            NextAttempt = now,
        };
        db.QueuedMails.Add(queued);
        return queued;
    }

    /// <summary>Takes back a staged mail whose change was refused, so no later save stores it.</summary>
    public void Unstage(QueuedMail staged) => db.Entry(staged).State = EntityState.Detached;
}
