using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

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

    /// <summary>
    /// The days that have one-day appointments, with their counts (AppointmentDayCounts), each with a
    /// lateral subquery that reads its first entries in order; then those spanning days.
    /// </summary>
    protected override string MonthSql => $$"""
        SELECT counts."Day" - {1}, counts."Count", a."Id", a."Title", a."AllDay",
            {{Milliseconds("a.\"Start\"")}}, {{Milliseconds("a.\"End\"")}}
        FROM "AppointmentDayCounts" AS counts CROSS JOIN LATERAL (
            SELECT b.* FROM "Appointments" AS b
            WHERE b."OwnerId" = {0} AND b."SpansDays" = FALSE AND b."CalendarFirstDay" = counts."Day"
            ORDER BY b."AllDay" DESC, b."Start", b."Id"
            LIMIT {3}) AS a
        WHERE counts."OwnerId" = {0} AND counts."Day" BETWEEN {1} AND {2};
        SELECT a."Id", a."Title", a."AllDay",
            {{Milliseconds("a.\"Start\"")}}, {{Milliseconds("a.\"End\"")}}, a."FirstDay", a."LastDay"
        FROM "Appointments" AS a
        WHERE a."OwnerId" = {0} AND a."SpansDays" = TRUE AND a."CalendarLastDay" >= {1} AND a."CalendarFirstDay" <= {2}
        ORDER BY a."CalendarLastDay", a."CalendarFirstDay", a."Id"
        LIMIT {4}
        """;

    /// <summary>An instant as whole milliseconds since 1970-01-01 UTC.</summary>
    private static string Milliseconds(string column) => $"(extract(epoch FROM {column}) * 1000)::bigint";
}
