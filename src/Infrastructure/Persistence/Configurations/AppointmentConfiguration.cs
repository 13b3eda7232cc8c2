using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sched.Domain.Appointments;
using Sched.Infrastructure.Identity;

namespace Sched.Infrastructure.Persistence.Configurations;

/// <summary>
/// The Appointments table. SQLite ignores declared lengths, so CHECK constraints hold the same
/// limits as the validators: a row the rules forbid cannot be stored even by a bug. The constraints
/// are the same on every provider; only the way SQL writes true and false differs (SQLite's 1 and 0,
/// which its existing databases were made with, and PostgreSQL's TRUE and FALSE), so the context
/// applies this configuration itself (it is no IEntityTypeConfiguration, which
/// the assembly scan would try to build without them) with its own words for them.
/// </summary>
public sealed class AppointmentConfiguration(string sqlTrue, string sqlFalse)
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("Appointments", table =>
        {
            table.HasCheckConstraint("CK_Appointments_Title", $"length(\"Title\") <= {Appointment.TitleMaxLength}");
            table.HasCheckConstraint("CK_Appointments_Location", $"length(\"Location\") <= {Appointment.LocationMaxLength}");
            table.HasCheckConstraint("CK_Appointments_Description", $"length(\"Description\") <= {Appointment.DescriptionMaxLength}");
            table.HasCheckConstraint("CK_Appointments_Uid", $"length(\"Uid\") BETWEEN 1 AND {Appointment.UidMaxLength}");
            table.HasCheckConstraint("CK_Appointments_Sequence", "\"Sequence\" >= 0");
            table.HasCheckConstraint("CK_Appointments_EndNotBeforeStart", "\"End\" >= \"Start\"");
            table.HasCheckConstraint("CK_Appointments_AllDayDays",
                $"(\"AllDay\" = {sqlTrue} AND \"FirstDay\" IS NOT NULL AND \"LastDay\" IS NOT NULL AND \"LastDay\" >= \"FirstDay\") " +
                $"OR (\"AllDay\" = {sqlFalse} AND \"FirstDay\" IS NULL AND \"LastDay\" IS NULL)");
        });
        builder.Ignore(a => a.When);
        builder.Property(a => a.OwnerId).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(Appointment.TitleMaxLength);
        builder.Property(a => a.Location).HasMaxLength(Appointment.LocationMaxLength);
        builder.Property(a => a.Description).HasMaxLength(Appointment.DescriptionMaxLength);
        builder.Property(a => a.SearchText).IsRequired();
        builder.Property(a => a.Uid).IsRequired().HasMaxLength(Appointment.UidMaxLength);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Cascade);

        // The list reads one owner's appointments ordered by start (all-day ones anchored in the owner's zone).
        builder.HasIndex(a => new { a.OwnerId, a.Start });

        // The calendar reads by the days of the owner's calendar: those that show on one day by that day, each
        // day's in the order a day lists them (all-day first, then by start, then by id, which SQLite keeps
        // last in every index); the few that span days by their last day. Queries compare SpansDays with =,
        // so that its column, second in both, narrows each search.
        builder.HasIndex(a => new { a.OwnerId, a.SpansDays, a.CalendarFirstDay, a.AllDay, a.Start }, "IX_Appointments_Days")
            .IsDescending(false, false, false, true, false);
        builder.HasIndex(a => new { a.OwnerId, a.SpansDays, a.CalendarLastDay, a.CalendarFirstDay }, "IX_Appointments_SpanningDays");

        // A UID names one appointment of one owner: calendar files of two people may share UIDs. Uid comes
        // first: an index that starts with OwnerId is one SQLite may choose for "this owner's rows by
        // start", and then it sorts them all instead of reading the (OwnerId, Start) index in order.
        builder.HasIndex(a => new { a.Uid, a.OwnerId }).IsUnique();
    }
}
