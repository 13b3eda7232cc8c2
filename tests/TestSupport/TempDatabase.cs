// A SQLite file of its own in a fresh temp folder (the app keeps its Data Protection keys beside it), read back with plain SQL.
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Sched.TestSupport;

/// <summary>One stored appointment as the database holds it.</summary>
public sealed record StoredAppointment(
    int Id, string OwnerId, string? Title, DateTime Start, DateTime End, string? Location, string? Description);

public sealed class TempDatabase : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("sched-rel-").FullName;

    public string Path => System.IO.Path.Combine(Folder, "sched.db");

    public string ConnectionString => $"Data Source={Path}";

    public long CountAppointments() => Scalar<long>("SELECT COUNT(*) FROM Appointments");

    /// <summary>Mails in the outbox that were tried, failed, and wait for their next try.</summary>
    public long CountMailsWaitingForRetry() => Scalar<long>("SELECT COUNT(*) FROM QueuedMails WHERE Status = 0 AND Attempts > 0");

    /// <summary>SQLite's own check of every page and index: "ok" when the file is sound.</summary>
    public string IntegrityCheck() => Scalar<string>("PRAGMA integrity_check");

    public IReadOnlySet<string> AppointmentTitles() =>
        Rows("SELECT Title FROM Appointments WHERE Title IS NOT NULL", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> UserIds() =>
        Rows("SELECT Id FROM AspNetUsers", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> UserEmails() =>
        Rows("SELECT Email FROM AspNetUsers", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<StoredAppointment> Appointments() =>
        Rows("""SELECT Id, OwnerId, Title, "Start", "End", Location, Description FROM Appointments""", r => new StoredAppointment(
            r.GetInt32(0),
            r.GetString(1),
            r.IsDBNull(2) ? null : r.GetString(2),
            DateTime.Parse(r.GetString(3), CultureInfo.InvariantCulture),
            DateTime.Parse(r.GetString(4), CultureInfo.InvariantCulture),
            r.IsDBNull(5) ? null : r.GetString(5),
            r.IsDBNull(6) ? null : r.GetString(6)));

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private T Scalar<T>(string sql) => Rows(sql, r => r.GetFieldValue<T>(0)).Single();

    /// <summary>A connection of its own, unpooled, so the test never holds the file between reads.</summary>
    private List<T> Rows<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection($"{ConnectionString};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
