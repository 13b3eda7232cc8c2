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

        // The calendar reads by day: those that show on one day by that day, each day's rows in the order a
        // day lists them (all-day first, then by start); the few that span days by their last day. Partial
        // indexes, so each holds only its own kind, and the query's "SpansDays" term selects it by name
        // (SQLite checks that term on the row, so the one-day index carries the column to cover its reads).
        builder.HasIndex(a => new { a.OwnerId, a.CalendarFirstDay, a.AllDay, a.Start, a.SpansDays }, "IX_Appointments_OneDay")
            .IsDescending(false, false, true, false, false)
            .HasFilter("NOT \"SpansDays\"");
        builder.HasIndex(a => new { a.OwnerId, a.CalendarLastDay }, "IX_Appointments_SpanningDays")
            .HasFilter("\"SpansDays\"");

        // A UID names one appointment of one owner: calendar files of two people may share UIDs. Uid comes
        // first: an index that starts with OwnerId is one SQLite may choose for "this owner's rows by
        // start", and then it sorts them all instead of reading the (OwnerId, Start) index in order.
        builder.HasIndex(a => new { a.Uid, a.OwnerId }).IsUnique();
    }
}
