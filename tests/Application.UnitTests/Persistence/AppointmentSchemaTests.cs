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
             INSERT INTO "Appointments" ("Uid", "Sequence", "OwnerId", "Title", "Start", "End", "AllDay", "Location", "Description", "SearchText", "Created", "Modified")
             VALUES (lower(hex(randomblob(16))), 0, {_ownerId}, {new string('t', title)}, '2026-03-02 09:00:00', {end}, 0, {new string('l', location)},
                     {new string('d', description)}, '', '2026-03-02 09:00:00', '2026-03-02 09:00:00')
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

    [Fact]
    public async Task A_uid_names_one_appointment_of_one_owner()
    {
        var graceId = await _host.AddUserAsync("grace@example.com");
        var insert = (string ownerId, string uid) => _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Database.ExecuteSqlAsync(
            $"""
             INSERT INTO "Appointments" ("Uid", "Sequence", "OwnerId", "Title", "Start", "End", "AllDay", "SearchText", "Created", "Modified")
             VALUES ({uid}, 0, {ownerId}, 'x', '2026-03-02 09:00:00', '2026-03-02 10:00:00', 0, 'x', '2026-03-02 09:00:00', '2026-03-02 09:00:00')
             """));

        (await insert(_ownerId, "shared@example.com")).Should().Be(1);
        (await insert(graceId, "shared@example.com")).Should().Be(1, "two people's calendar files may share a UID");
        var again = () => insert(_ownerId, "shared@example.com");
        var empty = () => insert(_ownerId, "");

        (await again.Should().ThrowAsync<SqliteException>()).Which.Message.Should().Contain("UNIQUE");
        (await empty.Should().ThrowAsync<SqliteException>()).Which.Message.Should().Contain("CHECK constraint failed");
    }
}
