// The CalendarDays migration and the initialiser's placing: rows stored before it get the days they show
// on in their owner's zone (the default zone for an owner who chose none), without counting as an edit.
using Microsoft.EntityFrameworkCore;

namespace Sched.Application.UnitTests.Persistence;

public sealed class CalendarDaysMigrationTests : IAsyncLifetime
{
    private const string MigrationBefore = "20261126213208_UidIndexFirst";

    private readonly SchedTestHost _host = SchedTestHost.WithDatabaseFile();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Rows_stored_before_it_are_placed_on_the_days_of_their_owners_zone_when_the_database_is_migrated()
    {
        await _host.MigrateToAsync(MigrationBefore);
        const string inBerlin = "owner-in-berlin";
        const string inDefaultZone = "owner-in-the-default-zone";
        await _host.StoreUserInFirstSchemaAsync(inBerlin);
        await _host.StoreUserInFirstSchemaAsync(inDefaultZone);
        await _host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ApplicationDbContext>().Database;
            await db.ExecuteSqlAsync($"""UPDATE "AspNetUsers" SET "TimeZoneId" = 'Europe/Berlin' WHERE "Id" = {inBerlin}""");
            return await db.ExecuteSqlAsync(
                $"""
                 INSERT INTO "Appointments" ("OwnerId", "Title", "Start", "End", "AllDay", "FirstDay", "LastDay", "Location", "Description", "SearchText", "Uid", "Sequence", "Created", "Modified")
                 VALUES ({inBerlin}, 'Late call', '2031-07-01 22:30:00', '2031-07-01 23:30:00', 0, NULL, NULL, NULL, NULL, 'late call', 'a@x', 0, '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
                        ({inBerlin}, 'Night shift', '2031-07-01 20:00:00', '2031-07-02 04:00:00', 0, NULL, NULL, NULL, NULL, 'night shift', 'b@x', 0, '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
                        ({inBerlin}, 'Holiday', '2031-07-02 22:00:00', '2031-07-04 22:00:00', 1, '2031-07-03', '2031-07-04', NULL, NULL, 'holiday', 'c@x', 0, '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
                        ({inDefaultZone}, 'Late call', '2031-07-01 22:30:00', '2031-07-01 23:30:00', 0, NULL, NULL, NULL, NULL, 'late call', 'd@x', 0, '2024-06-01 09:00:00', '2024-06-01 09:00:00')
                 """);
        });

        await _host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DatabaseInitialiser>().MigrateAsync(CancellationToken.None);
            return true;
        });

        var rows = await _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Appointments
            .AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.CalendarFirstDay, a.CalendarLastDay, a.SpansDays, a.Modified }).ToListAsync());
        rows.Select(r => (r.CalendarFirstDay, r.CalendarLastDay, r.SpansDays)).Should().Equal(
            (new DateOnly(2031, 7, 2), new DateOnly(2031, 7, 2), false), // 00:30 to 01:30 in Berlin
            (new DateOnly(2031, 7, 1), new DateOnly(2031, 7, 2), true), // 22:00 to 06:00 in Berlin
            (new DateOnly(2031, 7, 3), new DateOnly(2031, 7, 4), true), // all-day: its own days
            (new DateOnly(2031, 7, 1), new DateOnly(2031, 7, 1), false)); // the test host's default zone is UTC
        rows.Should().OnlyContain(r => r.Modified == new DateTime(2024, 6, 1, 9, 0, 0, DateTimeKind.Utc), "placing a row is no edit");
    }
}
