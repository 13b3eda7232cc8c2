// The AppointmentSearch migration and the initialiser's fill: rows stored before it become searchable
// with .NET's fold (non-ASCII letters too, which SQLite's lower() leaves alone), and new rows carry it.
using Microsoft.EntityFrameworkCore;

namespace Sched.Application.UnitTests.Persistence;

public sealed class AppointmentSearchMigrationTests : IAsyncLifetime
{
    private const string MigrationBeforeSearch = "20261126140550_AllDayDays";

    private readonly SchedTestHost _host = SchedTestHost.WithDatabaseFile();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Rows_stored_before_the_search_column_are_filled_with_the_folded_text_when_the_database_is_migrated()
    {
        await _host.MigrateToAsync(MigrationBeforeSearch);
        var ownerId = Guid.NewGuid().ToString();
        await _host.StoreUserInFirstSchemaAsync(ownerId);
        await _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Database.ExecuteSqlAsync(
            $"""
             INSERT INTO "Appointments" ("OwnerId", "Title", "Start", "End", "AllDay", "Location", "Description", "Created", "Modified")
             VALUES ({ownerId}, 'ÄRZTE-Treffen', '2031-07-01 13:30:00', '2031-07-01 14:15:00', 0, 'École', 'Bring the KARTE', '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
                    ({ownerId}, NULL, '2031-07-02 13:30:00', '2031-07-02 14:15:00', 0, NULL, NULL, '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
                    ({ownerId}, '', '2031-07-03 13:30:00', '2031-07-03 14:15:00', 0, NULL, NULL, '2024-06-01 09:00:00', '2024-06-01 09:00:00')
             """));

        await _host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DatabaseInitialiser>().MigrateAsync(CancellationToken.None);
            return true;
        });

        var rows = await _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Appointments
            .AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.SearchText, a.Modified }).ToListAsync());
        rows.Select(r => r.SearchText).Should().Equal("ärzte-treffen\nécole\nbring the karte", "", "");
        rows.Should().OnlyContain(r => r.Modified == new DateTime(2024, 6, 1, 9, 0, 0, DateTimeKind.Utc), "filling a column is no edit");
    }
}
