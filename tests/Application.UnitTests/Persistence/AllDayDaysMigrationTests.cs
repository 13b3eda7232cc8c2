// The AllDayDays migration converts a database built by the first migration without loss: all-day rows
// keep their days as dates (anchored in UTC by its SQL, then by the initialiser where their days begin
// in the owner's zone), timed rows keep their instants; and the DbContext refuses a DateTime that is not
// UTC instead of guessing the server's zone.
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Queries.GetAppointments;
using Sched.Domain.Appointments;

namespace Sched.Application.UnitTests.Persistence;

public sealed class AllDayDaysMigrationTests : IAsyncLifetime
{
    private const string FirstMigration = "20261126103702_InitialCreate";

    private readonly SchedTestHost _host = SchedTestHost.WithDatabaseFile();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Existing_rows_keep_their_days_and_instants()
    {
        await _host.MigrateToAsync(FirstMigration);
        const string ownerId = "owner-of-old-rows";
        await _host.StoreUserInFirstSchemaAsync(ownerId);
        await _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Database.ExecuteSqlAsync(
            $"""
             INSERT INTO "Appointments" ("OwnerId", "Title", "Start", "End", "AllDay", "Location", "Description", "Created", "Modified")
             VALUES ({ownerId}, 'Holiday', '2024-07-01 00:00:00', '2024-07-03 00:00:00', 1, 'Coast', 'Sun', '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
                    ({ownerId}, 'Dentist', '2024-07-01 13:30:00', '2024-07-01 14:15:00', 0, NULL, NULL, '2024-06-01 09:00:00', '2024-06-01 09:00:00')
             """));

        await _host.MigrateToAsync(migration: null);

        var rows = await _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Appointments
            .AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        var holiday = rows[0];
        (holiday.Title, holiday.Location, holiday.Description, holiday.AllDay).Should().Be(("Holiday", "Coast", "Sun", true));
        (holiday.FirstDay, holiday.LastDay).Should().Be((new DateOnly(2024, 7, 1), new DateOnly(2024, 7, 3)));
        holiday.Start.Should().Be(new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc));
        holiday.End.Should().Be(new DateTime(2024, 7, 4, 0, 0, 0, DateTimeKind.Utc), "the end is where the day after the last begins");
        holiday.When.Duration.Should().Be(TimeSpan.FromDays(3));
        var dentist = rows[1];
        (dentist.AllDay, dentist.FirstDay, dentist.LastDay).Should().Be((false, (DateOnly?)null, (DateOnly?)null));
        (dentist.Start, dentist.End).Should().Be((new DateTime(2024, 7, 1, 13, 30, 0, DateTimeKind.Utc), new DateTime(2024, 7, 1, 14, 15, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Pacific/Honolulu")]
    public async Task Old_all_day_rows_sort_on_their_owners_wall_clock_once_the_database_is_migrated(string zoneId)
    {
        await _host.MigrateToAsync(FirstMigration);
        const string ownerId = "owner-far-from-utc";
        await _host.StoreUserInFirstSchemaAsync(ownerId);
        var zone = Zones.Find(zoneId);
        string At(int day, int hour, int minute) => TimeZoneInfo.ConvertTimeToUtc(new DateTime(2031, 3, day, hour, minute, 0), zone)
            .ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        await _host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ApplicationDbContext>().Database;
            await db.ExecuteSqlAsync($"""UPDATE "AspNetUsers" SET "TimeZoneId" = {zoneId} WHERE "Id" = {ownerId}""");
            // The first schema kept an all-day appointment's first and last day at UTC midnight.
            return await db.ExecuteSqlAsync(
                $"""
                 INSERT INTO "Appointments" ("OwnerId", "Title", "Start", "End", "AllDay", "Location", "Description", "Created", "Modified")
                 VALUES ({ownerId}, 'D at 00:00', {At(4, 0, 0)}, {At(4, 0, 30)}, 0, NULL, NULL, '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
                        ({ownerId}, 'D-1 at 23:30', {At(3, 23, 30)}, {At(4, 0, 0)}, 0, NULL, NULL, '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
                        ({ownerId}, 'All day D', '2031-03-04 00:00:00', '2031-03-04 00:00:00', 1, NULL, NULL, '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
                        ({ownerId}, 'D at 23:30', {At(4, 23, 30)}, {At(5, 0, 0)}, 0, NULL, NULL, '2024-06-01 09:00:00', '2024-06-01 09:00:00'),
                        ({ownerId}, 'D-1 at 00:30', {At(3, 0, 30)}, {At(3, 1, 0)}, 0, NULL, NULL, '2024-06-01 09:00:00', '2024-06-01 09:00:00')
                 """);
        });

        await _host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DatabaseInitialiser>().MigrateAsync(CancellationToken.None);
            return true;
        });
        _host.CurrentUser.UserId = ownerId;
        _host.CurrentUser.TimeZone = zone;
        var list = (await _host.SendAsync(new GetAppointmentsQuery(Show: "all"))).Page;

        list.Items.Select(a => a.Title).Should().Equal("D-1 at 00:30", "D-1 at 23:30", "All day D", "D at 00:00", "D at 23:30");
        var allDay = list.Items.Single(a => a.AllDay);
        (allDay.FirstDay, allDay.LastDay).Should().Be((new DateOnly(2031, 3, 4), new DateOnly(2031, 3, 4)), "the days themselves never move");
    }

    [Fact]
    public async Task Migrating_back_restores_the_first_schemas_rows()
    {
        await _host.MigrateToAsync(migration: null);
        var ownerId = await _host.AddUserAsync("ada@example.com");
        await _host.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<ApplicationDbContext>();
            db.Appointments.Add(new Appointment(ownerId, "Holiday", AppointmentPeriod.OnDays(new DateOnly(2024, 7, 1), new DateOnly(2024, 7, 3), TimeZoneInfo.Utc), null, null, TimeZoneInfo.Utc));
            return db.SaveChangesAsync();
        });

        await _host.MigrateToAsync(FirstMigration);

        var row = await _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Database
            .SqlQuery<string>($"""SELECT "Start" || ' / ' || "End" AS "Value" FROM "Appointments" """).SingleAsync());
        row.Should().Be("2024-07-01 00:00:00 / 2024-07-03 00:00:00");
    }

    [Fact]
    public async Task A_DateTime_that_is_not_UTC_is_refused_rather_than_guessed()
    {
        await _host.MigrateToAsync(migration: null);
        var ownerId = await _host.AddUserAsync("ada@example.com");

        var query = () => _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Appointments
            .Where(a => a.OwnerId == ownerId && a.Start > new DateTime(2024, 7, 1, 9, 0, 0, DateTimeKind.Local)).CountAsync());

        await query.Should().ThrowAsync<ArgumentException>().WithMessage("*UTC instants only*Local*");
    }
}
