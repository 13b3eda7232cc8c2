// Structured logs: with Logging__Console__FormatterName=json the built app writes one JSON object per console line.
using System.Text.Json;
using Sched.WebUI.ReliabilityTests.Infrastructure;

namespace Sched.WebUI.ReliabilityTests;

public sealed class StructuredLogTests
{
    [Fact]
    public async Task The_json_console_formatter_writes_each_entry_as_one_json_object_with_time_level_category_and_message()
    {
        using var database = new TempDatabase();
        await using var app = await AppProcess.StartServerAsync(
            database,
            ("Logging__Console__FormatterName", "json"),
            ("Logging__Console__FormatterOptions__TimestampFormat", "yyyy-MM-ddTHH:mm:ss.fffZ"),
            ("Logging__Console__FormatterOptions__UseUtcTimestamp", "true"));

        var lines = app.Log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().AllSatisfy(line => IsJsonObject(line).Should().BeTrue($"every console line should be a JSON entry: {line}"));
        var listening = lines.Select(line => JsonSerializer.Deserialize<JsonElement>(line))
            .Single(e => e.GetProperty("Message").GetString()!.StartsWith("Now listening on: ", StringComparison.Ordinal));

        DateTimeOffset.TryParse(listening.GetProperty("Timestamp").GetString(), out _).Should().BeTrue();
        listening.GetProperty("LogLevel").GetString().Should().Be("Information");
        listening.GetProperty("Category").GetString().Should().Be("Microsoft.Hosting.Lifetime");
        listening.GetProperty("Message").GetString().Should().Be($"Now listening on: {app.Address.GetLeftPart(UriPartial.Authority)}");
    }

    private static bool IsJsonObject(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<JsonElement>(line).ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
