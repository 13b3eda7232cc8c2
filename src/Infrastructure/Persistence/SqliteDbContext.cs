namespace Sched.Infrastructure.Persistence;

/// <summary>
/// Sched's database in one SQLite file: the embedded default. Its migrations are in Migrations/Sqlite.
/// </summary>
public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : ApplicationDbContext(options)
{
    /// <summary>
    /// SQLite lets one connection write at a time. A second writer meets SQLITE_BUSY, and
    /// Microsoft.Data.Sqlite then sleeps and retries, which put creates at a p99 of 400 ms under load.
    /// So writers of this process queue here instead, and the database never sees two at once.
    /// </summary>
    private static readonly SemaphoreSlim Writer = new(1, 1);

    public override async Task<T> WriteAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        await Writer.WaitAsync(cancellationToken);
        try
        {
            return await write(cancellationToken);
        }
        finally
        {
            Writer.Release();
        }
    }

    protected override T Write<T>(Func<T> write)
    {
        Writer.Wait();
        try
        {
            return write();
        }
        finally
        {
            Writer.Release();
        }
    }

    protected override (string True, string False) SqlBooleans => ("1", "0");

    /// <summary>
    /// The days that have one-day appointments, with their counts (AppointmentDayCounts), each with a
    /// subquery that reads its first entries in order from the IX_Appointments_Days index; then those
    /// spanning days, in the order of the IX_Appointments_SpanningDays index.
    /// </summary>
    protected override string MonthSql => $$"""
        SELECT CAST(julianday(counts."Day") - julianday({1}) AS INTEGER), counts."Count", a."Id", a."Title", a."AllDay",
            {{Milliseconds("a.\"Start\"")}},
            {{Milliseconds("a.\"End\"")}}
        FROM "AppointmentDayCounts" AS counts JOIN "Appointments" AS a ON a."Id" IN (
            SELECT b."Id" FROM "Appointments" AS b
            WHERE b."OwnerId" = {0} AND b."SpansDays" = 0 AND b."CalendarFirstDay" = counts."Day"
            ORDER BY b."AllDay" DESC, b."Start", b."Id"
            LIMIT {3})
        WHERE counts."OwnerId" = {0} AND counts."Day" BETWEEN {1} AND {2};
        SELECT a."Id", a."Title", a."AllDay",
            {{Milliseconds("a.\"Start\"")}},
            {{Milliseconds("a.\"End\"")}}, a."FirstDay", a."LastDay"
        FROM "Appointments" AS a
        WHERE a."OwnerId" = {0} AND a."SpansDays" = 1 AND a."CalendarLastDay" >= {1} AND a."CalendarFirstDay" <= {2}
        ORDER BY a."CalendarLastDay", a."CalendarFirstDay", a."Id"
        LIMIT {4}
        """;

    /// <summary>An instant's text as whole milliseconds since 1970-01-01 UTC (julianday keeps the millisecond exactly).</summary>
    private static string Milliseconds(string column) => $"CAST(round((julianday({column}) - 2440587.5) * 86400000.0) AS INTEGER)";
}
