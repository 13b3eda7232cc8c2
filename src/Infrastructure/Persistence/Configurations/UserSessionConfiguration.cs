using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sched.Infrastructure.Identity;
using Sched.Infrastructure.Sessions;

namespace Sched.Infrastructure.Persistence.Configurations;

/// <summary>The server-side sessions table; a user's sessions go with the user.</summary>
public sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("UserSessions");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(UserSession.KeyLength);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
    }
}
