// Reads a test's PostgreSQL database back with plain SQL, on a connection of its own, so an assertion
// sees what is stored rather than what the app's contexts remember.
using Npgsql;

namespace Sched.TestSupport;

public static class PostgresRows
{
    /// <summary>The first column of every row the query returns, as text.</summary>
    public static async Task<List<string>> FirstColumnAsync(string connectionString, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
