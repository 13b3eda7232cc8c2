namespace Sched.Infrastructure.Mail;

/// <summary>
/// One mail in the outbox table. It is written in the same save as the change that causes it, and
/// the background <see cref="OutboxSender"/> delivers it. Its bodies are stored protected (Data
/// Protection), since a mail may carry a single-use link; once sent they are emptied, and the row
/// stays a day for the per-address limits (<see cref="IMailOutbox.CountQueuedSinceAsync"/>).
/// </summary>
public sealed class QueuedMail
{
    public const int AddressMaxLength = 256;
    public const int PurposeMaxLength = 64;
    public const int ErrorMaxLength = 1000;

    public Guid Id { get; init; } = Guid.NewGuid();

    public required string To { get; init; }

    public required string Subject { get; init; }

    /// <summary>The plain-text body, protected; empty once sent.</summary>
    public required string ProtectedTextBody { get; set; }

    /// <summary>The HTML body, protected; empty once sent.</summary>
    public required string ProtectedHtmlBody { get; set; }

    public required string Purpose { get; init; }

    public QueuedMailStatus Status { get; set; }

    public DateTime Queued { get; init; }

    /// <summary>Delivery tries so far.</summary>
    public int Attempts { get; set; }

    /// <summary>When the sender may next try (the backoff after a failure).</summary>
    public DateTime NextAttempt { get; set; }

    /// <summary>While in the future, one sender (of possibly several instances) is delivering it.</summary>
    public DateTime? LeasedUntil { get; set; }

    public DateTime? Sent { get; set; }

    /// <summary>Why the last try failed.</summary>
    public string? LastError { get; set; }
}

public enum QueuedMailStatus
{
    Pending = 0,
    Sent = 1,

    /// <summary>Every allowed try failed: never tried again.</summary>
    Failed = 2,
}
