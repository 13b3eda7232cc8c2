using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Sched.Domain.Appointments;

namespace Sched.Infrastructure.Persistence;

/// <summary>
/// Sched's database on a PostgreSQL server, shared by every instance of the app. Its migrations are in
/// Migrations/PostgreSql. It also holds the Data Protection keys, so that a cookie or form token one
/// instance issued is read by all the others.
/// </summary>
public sealed class PostgreSqlDbContext(DbContextOptions<PostgreSqlDbContext> options)
    : ApplicationDbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override (string True, string False) SqlBooleans => ("TRUE", "FALSE");

    /// <summary>A series of day numbers and, for each day, a lateral subquery that reads its first entries in order.</summary>
    public override IQueryable<Appointment> FirstOfEachDay(string ownerId, DateOnly firstDay, DateOnly lastDay, int perDay) =>
        Appointments.FromSql(
            $"""
             SELECT a.* FROM generate_series(0, {lastDay.DayNumber - firstDay.DayNumber}) AS d(offset_days)
             CROSS JOIN LATERAL (
                 SELECT b.* FROM "Appointments" AS b
                 WHERE b."OwnerId" = {ownerId} AND b."SpansDays" = {false} AND b."CalendarFirstDay" = {firstDay} + d.offset_days
                 ORDER BY b."AllDay" DESC, b."Start", b."Id"
                 LIMIT {perDay}) AS a
             """);
}
