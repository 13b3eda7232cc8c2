// The Appointments table holds the same limits as the validators, so a row the rules forbid cannot be stored even by a bug.
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Sched.Application.UnitTests.Persistence;

public sealed class AppointmentSchemaTests : IAsyncLifetime
{
    private readonly SchedTestHost _host = SchedTestHost.InMemory();
    private string _ownerId = string.Empty;

    public async Task InitializeAsync() => _ownerId = await _host.AddUserAsync("owner@example.com");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(255, 255, 10_000, "2026-03-02 10:00:00", true)]
    [InlineData(256, 1, 1, "2026-03-02 10:00:00", false)]
    [InlineData(1, 256, 1, "2026-03-02 10:00:00", false)]
    [InlineData(1, 1, 10_001, "2026-03-02 10:00:00", false)]
    [InlineData(1, 1, 1, "2026-03-02 08:00:00", false)]
    public async Task Rows_outside_the_rules_are_refused_by_the_database(int title, int location, int description, string end, bool stored)
    {
        var insert = () => _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Database.ExecuteSqlAsync(
            $"""
             INSERT INTO "Appointments" ("OwnerId", "Title", "Start", "End", "AllDay", "Location", "Description", "Created", "Modified")
             VALUES ({_ownerId}, {new string('t', title)}, '2026-03-02 09:00:00', {end}, 0, {new string('l', location)},
                     {new string('d', description)}, '2026-03-02 09:00:00', '2026-03-02 09:00:00')
             """));

        if (stored)
        {
            (await insert()).Should().Be(1);
        }
        else
        {
            (await insert.Should().ThrowAsync<SqliteException>()).Which.Message.Should().Contain("CHECK constraint failed");
        }
    }
}
