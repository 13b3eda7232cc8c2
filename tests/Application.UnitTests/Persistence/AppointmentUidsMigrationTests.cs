// The AppointmentUids migration gives every existing appointment a UID of its own, in the shape new
// ones get, at sequence 0, so an older database's appointments can be exported and subscribed to.
using Microsoft.EntityFrameworkCore;

namespace Sched.Application.UnitTests.Persistence;

public sealed class AppointmentUidsMigrationTests : IAsyncLifetime
{
    private const string MigrationBefore = "20261126175145_FirstDayOfWeek";

    private readonly SchedTestHost _host = SchedTestHost.WithDatabaseFile();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Existing_rows_get_distinct_uids_at_sequence_zero()
    {
        await _host.MigrateToAsync(MigrationBefore);
        const string ownerId = "owner-of-old-rows";
        await _host.StoreUserInFirstSchemaAsync(ownerId);
        await _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Database.ExecuteSqlAsync(
            $"""
             INSERT INTO "Appointments" ("OwnerId", "Title", "Start", "End", "AllDay", "FirstDay", "LastDay", "Location", "Description", "SearchText", "Created", "Modified")
             VALUES ({ownerId}, 'Dentist', '2024-07-01 13:30:00', '2024-07-01 14:15:00', 0, NULL, NULL, NULL, NULL, 'dentist', '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
                    ({ownerId}, 'Holiday', '2024-07-01 00:00:00', '2024-07-04 00:00:00', 1, '2024-07-01', '2024-07-03', NULL, NULL, 'holiday', '2024-06-01 09:00:00', '2024-06-01 09:00:00')
             """));

        await _host.MigrateToAsync(migration: null);

        var rows = await _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Appointments
            .AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Title, a.Uid, a.Sequence }).ToListAsync());
        rows.Select(r => r.Title).Should().Equal("Dentist", "Holiday");
        rows.Should().OnlyContain(r => r.Sequence == 0);
        rows.Select(r => r.Uid).Should().OnlyContain(uid => System.Text.RegularExpressions.Regex.IsMatch(uid, "^[0-9a-f]{32}@sched$"))
            .And.OnlyHaveUniqueItems();
    }
}
