using System.Globalization;
using System.Text.Json;
using Sched.Domain.Appointments;

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
    /// The days as a JSON array (SQLite has no series of its own) and, for each, a subquery that reads
    /// the first entries of that day in order from the IX_Appointments_Days index.
    /// </summary>
    public override IQueryable<Appointment> FirstOfEachDay(string ownerId, DateOnly firstDay, DateOnly lastDay, int perDay)
    {
        var days = JsonSerializer.Serialize(Enumerable.Range(0, lastDay.DayNumber - firstDay.DayNumber + 1)
            .Select(i => firstDay.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return Appointments.FromSql(
            $"""
             SELECT a.* FROM json_each({days}) AS d
             JOIN "Appointments" AS a ON a."Id" IN (
                 SELECT b."Id" FROM "Appointments" AS b
                 WHERE b."OwnerId" = {ownerId} AND b."SpansDays" = {false} AND b."CalendarFirstDay" = d.value
                 ORDER BY b."AllDay" DESC, b."Start", b."Id"
                 LIMIT {perDay})
             """);
    }
}
