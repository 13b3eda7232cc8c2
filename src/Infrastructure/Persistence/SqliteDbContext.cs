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
}
