using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sched.Infrastructure.Mail;

namespace Sched.Infrastructure.Persistence.Configurations;

/// <summary>The mail outbox: the sender reads it by status and due time, the limits by address and purpose.</summary>
public sealed class QueuedMailConfiguration : IEntityTypeConfiguration<QueuedMail>
{
    public void Configure(EntityTypeBuilder<QueuedMail> builder)
    {
        builder.ToTable("QueuedMails");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.To).HasMaxLength(QueuedMail.AddressMaxLength);
        builder.Property(m => m.Subject).HasMaxLength(500);
        builder.Property(m => m.Purpose).HasMaxLength(QueuedMail.PurposeMaxLength);
        builder.Property(m => m.LastError).HasMaxLength(QueuedMail.ErrorMaxLength);
        builder.HasIndex(m => new { m.Status, m.NextAttempt });
        builder.HasIndex(m => new { m.To, m.Purpose, m.Queued });
    }
}
