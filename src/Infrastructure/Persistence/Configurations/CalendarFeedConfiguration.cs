using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sched.Domain.Calendars;
using Sched.Infrastructure.Identity;

namespace Sched.Infrastructure.Persistence.Configurations;

/// <summary>
/// The CalendarFeeds table: at most one feed per user, gone with the user. A request's token is
/// looked up by its hash through the unique index, so no stored secret is ever compared in code.
/// </summary>
public sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.ToTable("CalendarFeeds");
        builder.HasKey(f => f.OwnerId);
        builder.Property(f => f.TokenHash).IsRequired().HasMaxLength(CalendarFeed.TokenHashLength).IsFixedLength();
        builder.Property(f => f.ContentHash).HasMaxLength(CalendarFeed.TokenHashLength).IsFixedLength();
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<CalendarFeed>(f => f.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
