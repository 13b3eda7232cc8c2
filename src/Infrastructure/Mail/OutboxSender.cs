using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;
using Sched.Infrastructure.Persistence;

namespace Sched.Infrastructure.Mail;

/// <summary>
/// Delivers the outbox in the background, so no request waits on a mail server. Every
/// <c>Sched:Email:PollInterval</c> it takes the mails that are due, leases each (so that one of several
/// instances sends it), and hands it to the transport. A failed try is retried after
/// <c>Sched:Email:RetryDelay</c>, doubled after each failure; after <c>Sched:Email:MaxAttempts</c> tries
/// the mail is marked failed, logged as an error, and never tried again. The outbox is a table, so a
/// restart loses nothing: what was due is sent by the next start.
/// </summary>
public sealed class OutboxSender(
    IDbContextFactory<ApplicationDbContext> contexts,
    IMailTransport transport,
    MailSettings settings,
    IDataProtectionProvider protection,
    TimeProvider clock,
    ILogger<OutboxSender> logger) : BackgroundService
{
    /// <summary>Mails taken per pass; a full batch is followed at once by another pass.</summary>
    public const int BatchSize = 20;

    /// <summary>How long a lease keeps other senders off a mail: well past one try's network timeouts.</summary>
    public static readonly TimeSpan LeaseDuration = MailSettings.SmtpTimeout * 4;

    /// <summary>How long a sent mail's row (no longer its bodies) stays, for the per-address limits.</summary>
    public static readonly TimeSpan SentRetention = TimeSpan.FromDays(1);

    /// <summary>How often sent rows past their retention are deleted.</summary>
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    private DateTime _lastPurge = DateTime.MinValue;

    /// <summary>One pass: tries every mail that is due (up to <see cref="BatchSize"/>); returns how many it tried.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - _lastPurge >= PurgeInterval)
        {
            await db.WriteAsync(token => db.QueuedMails
                .Where(m => m.Status == QueuedMailStatus.Sent && m.Sent < now - SentRetention)
                .ExecuteDeleteAsync(token), cancellationToken);
            _lastPurge = now;
        }

        var due = await db.QueuedMails.AsNoTracking()
            .Where(m => m.Status == QueuedMailStatus.Pending && m.NextAttempt <= now && (m.LeasedUntil == null || m.LeasedUntil < now))
            .OrderBy(m => m.NextAttempt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var mail in due)
        {
            if (await LeaseAsync(db, mail.Id, now, cancellationToken))
            {
                await TryAsync(db, mail, cancellationToken);
            }
        }

        return due.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.PollInterval, clock);
        var schemaReady = false;
        do
        {
            try
            {
                // With Sched:Database:MigrateOnStartup=false the outbox table may not exist yet: the sender
                // waits for create-tables (touching no SQLite file meanwhile) instead of failing every poll.
                schemaReady = schemaReady || await SchemaIsCurrentAsync(stoppingToken);
                while (schemaReady && await SendDueAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Say, the database briefly unreachable: the next tick tries again.
                logger.LogWarning(ex, "The mail outbox could not be read");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Whether every migration is applied; reading the history creates no database.</summary>
    private async Task<bool> SchemaIsCurrentAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
    }

    /// <summary>Takes the mail for this sender, unless another has taken it meanwhile.</summary>
    private Task<bool> LeaseAsync(ApplicationDbContext db, Guid id, DateTime now, CancellationToken cancellationToken) =>
        db.WriteAsync(async token => await db.QueuedMails
            .Where(m => m.Id == id && m.Status == QueuedMailStatus.Pending && (m.LeasedUntil == null || m.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedUntil, now + LeaseDuration), token) == 1, cancellationToken);

    private async Task TryAsync(ApplicationDbContext db, QueuedMail mail, CancellationToken cancellationToken)
    {
        string? error = null;
        try
        {
            await transport.SendAsync(ToMessage(mail), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The app is stopping mid-try: the mail is given back now, not after its lease, for the next start.
            await db.WriteAsync(token => db.QueuedMails.Where(m => m.Id == mail.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedUntil, (DateTime?)null), token), CancellationToken.None);
            throw;
        }
        catch (Exception ex)
        {
            error = $"{ex.GetType().Name}: {ex.Message}";
            if (error.Length > QueuedMail.ErrorMaxLength)
            {
                error = error[..QueuedMail.ErrorMaxLength];
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = mail.Attempts + 1;
        if (error is null)
        {
            logger.LogInformation("Mail {MailId} ({Purpose}) sent after {Attempts} tries", mail.Id, mail.Purpose, attempts);
            await RecordAsync(db, mail.Id, attempts, QueuedMailStatus.Sent, now, sent: now, error: null, cancellationToken);
        }
        else if (attempts >= settings.MaxAttempts)
        {
            logger.LogError("Mail {MailId} ({Purpose}) to {To} failed {Attempts} times and will not be tried again: {Error}",
                mail.Id, mail.Purpose, mail.To, attempts, error);
            await RecordAsync(db, mail.Id, attempts, QueuedMailStatus.Failed, now, sent: null, error, cancellationToken);
        }
        else
        {
            var next = now + settings.DelayAfter(attempts);
            logger.LogWarning("Mail {MailId} ({Purpose}) failed (try {Attempts} of {MaxAttempts}), next try at {NextAttempt:o}: {Error}",
                mail.Id, mail.Purpose, attempts, settings.MaxAttempts, next, error);
            await RecordAsync(db, mail.Id, attempts, QueuedMailStatus.Pending, next, sent: null, error, cancellationToken);
        }
    }

    /// <summary>Stores the try's outcome and gives up the lease; a sent mail keeps no bodies.</summary>
    private static Task RecordAsync(
        ApplicationDbContext db, Guid id, int attempts, QueuedMailStatus status, DateTime nextAttempt, DateTime? sent, string? error,
        CancellationToken cancellationToken) =>
        db.WriteAsync(token => db.QueuedMails.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.NextAttempt, nextAttempt)
            .SetProperty(m => m.LeasedUntil, (DateTime?)null)
            .SetProperty(m => m.Sent, sent)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.ProtectedTextBody, m => status == QueuedMailStatus.Sent ? string.Empty : m.ProtectedTextBody)
            .SetProperty(m => m.ProtectedHtmlBody, m => status == QueuedMailStatus.Sent ? string.Empty : m.ProtectedHtmlBody), token),
            cancellationToken);

    /// <summary>The MIME message: plain text and HTML as alternatives, from the configured sender.</summary>
    private MimeMessage ToMessage(QueuedMail mail)
    {
        var protector = protection.CreateProtector(MailOutbox.ProtectionPurpose);
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = clock.GetUtcNow(),
            MessageId = $"{mail.Id:N}@sched",
            Body = new BodyBuilder
            {
                TextBody = protector.Unprotect(mail.ProtectedTextBody),
                HtmlBody = protector.Unprotect(mail.ProtectedHtmlBody),
            }.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        return message;
    }
}
