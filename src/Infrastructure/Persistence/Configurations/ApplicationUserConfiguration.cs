using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sched.Infrastructure.Identity;

namespace Sched.Infrastructure.Persistence.Configurations;

/// <summary>Sched's columns on Identity's user table.</summary>
public sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.IsActive).HasDefaultValue(true);
        builder.Property(u => u.TimeZoneId).HasMaxLength(64);

        // Sunday is 0 and Saturday 6, as DayOfWeek numbers them; null is the default, Monday.
        builder.ToTable(t => t.HasCheckConstraint("CK_AspNetUsers_FirstDayOfWeek", "\"FirstDayOfWeek\" IS NULL OR \"FirstDayOfWeek\" BETWEEN 0 AND 6"));
    }
}
