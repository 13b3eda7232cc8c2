using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sched.Domain.Calendars;
using Sched.Infrastructure.Identity;

namespace Sched.Infrastructure.Persistence.Configurations;

/// <summary>
/// The PendingImports table: previews waiting to be confirmed, gone with their owner. The owner index
/// finds (and replaces) a user's earlier preview; the expiry index lets any preview sweep expired ones.
/// </summary>
public sealed class PendingImportConfiguration : IEntityTypeConfiguration<PendingImport>
{
    public void Configure(EntityTypeBuilder<PendingImport> builder)
    {
        builder.ToTable("PendingImports");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Events).IsRequired();
        builder.HasIndex(p => p.OwnerId);
        builder.HasIndex(p => p.Expires);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
