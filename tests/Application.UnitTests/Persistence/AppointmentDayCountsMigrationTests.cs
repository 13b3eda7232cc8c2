// The AppointmentDayCounts migration counts the rows already stored, and its triggers then follow the
// initialiser as it places rows stored before the calendar days existed: the month grid's counts are
// right from the first request after an upgrade.
using Microsoft.EntityFrameworkCore;

namespace Sched.Application.UnitTests.Persistence;

public sealed class AppointmentDayCountsMigrationTests : IAsyncLifetime
{
    private const string MigrationBefore = "20261126224057_CalendarDays";

    private readonly SchedTestHost _host = SchedTestHost.WithDatabaseFile();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Rows_stored_before_it_are_counted_on_the_days_they_show_on()
    {
        await _host.MigrateToAsync(MigrationBefore);
        const string ownerId = "owner-of-old-rows";
        await _host.StoreUserInFirstSchemaAsync(ownerId);
        await _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Database.ExecuteSqlAsync(
            $"""
             INSERT INTO "Appointments" ("OwnerId", "Title", "Start", "End", "AllDay", "FirstDay", "LastDay", "SearchText", "Uid", "Sequence", "Created", "Modified",
                                         "CalendarFirstDay", "CalendarLastDay", "SpansDays")
             VALUES ({ownerId}, 'Placed', '2031-07-01 09:00:00', '2031-07-01 10:00:00', 0, NULL, NULL, 'placed', 'a@x', 0, '2024-06-01 09:00:00', '2024-06-01 09:00:00', '2031-07-01', '2031-07-01', 0),
                    ({ownerId}, 'Placed too', '2031-07-01 11:00:00', '2031-07-01 12:00:00', 0, NULL, NULL, 'placed too', 'b@x', 0, '2024-06-01 09:00:00', '2024-06-01 09:00:00', '2031-07-01', '2031-07-01', 0),
                    ({ownerId}, 'Two days', '2031-07-01 20:00:00', '2031-07-02 04:00:00', 0, NULL, NULL, 'two days', 'c@x', 0, '2024-06-01 09:00:00', '2024-06-01 09:00:00', '2031-07-01', '2031-07-02', 1),
                    ({ownerId}, 'Not placed yet', '2031-07-03 09:00:00', '2031-07-03 10:00:00', 0, NULL, NULL, 'not placed yet', 'd@x', 0, '2024-06-01 09:00:00', '2024-06-01 09:00:00', '0001-01-01', '0001-01-01', 0)
             """));

        await _host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DatabaseInitialiser>().MigrateAsync(CancellationToken.None);
            return true;
        });

        var counts = await _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Set<AppointmentDayCount>()
            .AsNoTracking().OrderBy(c => c.Day).Select(c => new { c.OwnerId, c.Day, c.Count }).ToListAsync());
        counts.Select(c => (c.OwnerId, c.Day, c.Count)).Should().Equal(
            (ownerId, new DateOnly(2031, 7, 1), 2), // the row spanning two days is not counted
            (ownerId, new DateOnly(2031, 7, 3), 1)); // counted where the initialiser placed it, not on 0001-01-01
    }
}
