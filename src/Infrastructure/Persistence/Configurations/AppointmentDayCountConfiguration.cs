using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sched.Infrastructure.Identity;

namespace Sched.Infrastructure.Persistence.Configurations;

/// <summary>The per-day counts the month grid reads (see <see cref="AppointmentDayCount"/>); they go with their owner.</summary>
public sealed class AppointmentDayCountConfiguration : IEntityTypeConfiguration<AppointmentDayCount>
{
    public void Configure(EntityTypeBuilder<AppointmentDayCount> builder)
    {
        builder.ToTable("AppointmentDayCounts", table => table.HasCheckConstraint("CK_AppointmentDayCounts_Count", "\"Count\" >= 0"));
        builder.HasKey(c => new { c.OwnerId, c.Day });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
