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
    /// The one-day appointments counted by day, then for each day that has any, a subquery that reads
    /// its first entries in order from the IX_Appointments_Days index; then those spanning days.
    /// </summary>
    protected override string MonthSql => """
        WITH counts(day, n) AS (
            SELECT "CalendarFirstDay", COUNT(*) FROM "Appointments"
            WHERE "OwnerId" = {0} AND "SpansDays" = 0 AND "CalendarFirstDay" BETWEEN {1} AND {2}
            GROUP BY "CalendarFirstDay")
        SELECT CAST(julianday(counts.day) - julianday({1}) AS INTEGER), counts.n, a."Id", a."Title", a."AllDay",
            CAST(round((julianday(a."Start") - 2440587.5) * 86400000.0) AS INTEGER),
            CAST(round((julianday(a."End") - 2440587.5) * 86400000.0) AS INTEGER), NULL, NULL
        FROM counts JOIN "Appointments" AS a ON a."Id" IN (
            SELECT b."Id" FROM "Appointments" AS b
            WHERE b."OwnerId" = {0} AND b."SpansDays" = 0 AND b."CalendarFirstDay" = counts.day
            ORDER BY b."AllDay" DESC, b."Start", b."Id"
            LIMIT {3})
        UNION ALL
        SELECT * FROM (
            SELECT 0, 0, a."Id", a."Title", a."AllDay",
                CAST(round((julianday(a."Start") - 2440587.5) * 86400000.0) AS INTEGER),
                CAST(round((julianday(a."End") - 2440587.5) * 86400000.0) AS INTEGER), a."FirstDay", a."LastDay"
            FROM "Appointments" AS a
            WHERE a."OwnerId" = {0} AND a."SpansDays" = 1 AND a."CalendarLastDay" >= {1} AND a."CalendarFirstDay" <= {2}
            ORDER BY a."CalendarLastDay", a."Id"
            LIMIT {4})
        """;
}
