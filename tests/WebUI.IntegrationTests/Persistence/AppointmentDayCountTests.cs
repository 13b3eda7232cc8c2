// The month grid's per-day counts (AppointmentDayCounts) are kept by the database's own triggers, on every
// provider: after each kind of write (EF Core's inserts, updates and deletes, ExecuteUpdate and ExecuteDelete,
// which bypass it, and a user's deletion, which cascades) they equal a count of the appointments themselves.
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sched.Domain.Appointments;
using Sched.Infrastructure.Identity;
using Sched.Infrastructure.Persistence;

namespace Sched.WebUI.IntegrationTests.Persistence;

public sealed class AppointmentDayCountTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.Utc;
    private static readonly DateTime March2 = new(2031, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private readonly SchedAppFactory _app = new();
    private string _ada = string.Empty;
    private string _bob = string.Empty;

    public async Task InitializeAsync()
    {
        _ada = await _app.CreateUserAsync(TestData.NewEmail());
        _bob = await _app.CreateUserAsync(TestData.NewEmail());
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_counts_equal_the_one_day_appointments_of_each_owners_day_after_every_kind_of_write()
    {
        // Inserts: three on 2 March and one on 3 March (one all-day), one spanning two days (not counted), and Bob's.
        var ids = await WriteAsync(db =>
        {
            db.Appointments.AddRange(
                Timed(_ada, March2, hours: 1), Timed(_ada, March2.AddHours(2), hours: 1), Timed(_ada, March2.AddHours(4), hours: 1),
                new Appointment(_ada, "Holiday", AppointmentPeriod.OnDays(new DateOnly(2031, 3, 3), new DateOnly(2031, 3, 3), Zone), null, null, Zone),
                Timed(_ada, March2.AddHours(12), hours: 24),
                Timed(_bob, March2, hours: 1));
            return Task.CompletedTask;
        });
        (await CountsAsync()).Should().BeEquivalentTo(await RecountAsync()).And.HaveCount(3);

        // Updates through EF Core: one moves to the 3rd, one starts spanning days, the spanning one fits in one day again.
        await WriteAsync(async db =>
        {
            var rows = await db.Appointments.Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync();
            rows[0].Change("Moved", AppointmentPeriod.Between(March2.AddDays(1), March2.AddDays(1).AddHours(1)), null, null, Zone);
            rows[1].Change("Now two days", AppointmentPeriod.Between(March2.AddHours(2), March2.AddDays(1)), null, null, Zone);
            rows[4].Change("One day again", AppointmentPeriod.Between(March2.AddHours(12), March2.AddHours(13)), null, null, Zone);
        });
        (await CountsAsync()).Should().BeEquivalentTo(await RecountAsync());

        // A write that bypasses EF Core's change tracking moves every one of Ada's to another owner's days.
        await WriteAsync(db => db.Appointments.Where(a => a.OwnerId == _ada && !a.SpansDays)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.CalendarFirstDay, a => a.CalendarFirstDay.AddDays(7))));
        (await CountsAsync()).Should().BeEquivalentTo(await RecountAsync());

        // Deletes: one through EF Core, one by ExecuteDelete.
        await WriteAsync(async db => db.Appointments.Remove(await db.Appointments.SingleAsync(a => a.Id == ids[2])));
        await WriteAsync(db => db.Appointments.Where(a => a.Id == ids[3]).ExecuteDeleteAsync());
        (await CountsAsync()).Should().BeEquivalentTo(await RecountAsync());

        // Bob's account goes, and his appointments and counts with it.
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            (await users.DeleteAsync((await users.FindByIdAsync(_bob))!)).Succeeded.Should().BeTrue();
        }

        var counts = await CountsAsync();
        counts.Should().BeEquivalentTo(await RecountAsync());
        counts.Should().OnlyContain(c => c.OwnerId == _ada).And.NotBeEmpty();
    }

    [Fact]
    public async Task Deletes_of_a_days_last_appointments_at_once_neither_fail_nor_leave_a_count()
    {
        // Two on each of ten days, then all twenty deleted at once, each in a transaction that stays open a
        // moment: on PostgreSQL two deletes of one day meet on its count row, the second waiting for the first.
        var ids = await WriteAsync(db =>
        {
            db.Appointments.AddRange(Enumerable.Range(0, 20).Select(i => Timed(_ada, March2.AddDays(i / 2).AddHours(i % 2), hours: 1)));
            return Task.CompletedTask;
        });
        (await CountsAsync()).Should().HaveCount(10).And.OnlyContain(c => c.Count == 2);

        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = ids.Count }, async (id, token) =>
            await WriteAsync(async db =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                await db.Appointments.Where(a => a.Id == id).ExecuteDeleteAsync(token);
                await Task.Delay(TimeSpan.FromMilliseconds(100), token);
                await transaction.CommitAsync(token);
            }));

        (await CountsAsync()).Should().BeEmpty();
    }

    private static Appointment Timed(string ownerId, DateTime start, int hours) =>
        new(ownerId, "Meeting", AppointmentPeriod.Between(start, start.AddHours(hours)), null, null, Zone);

    private async Task<List<int>> WriteAsync(Func<ApplicationDbContext, Task> write)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await write(db);
        await db.SaveChangesAsync();
        return db.ChangeTracker.Entries<Appointment>().Select(e => e.Entity.Id).OrderBy(id => id).ToList();
    }

    private async Task<List<(string OwnerId, DateOnly Day, int Count)>> CountsAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Set<AppointmentDayCount>().AsNoTracking().ToListAsync();
        return rows.Select(c => (c.OwnerId, c.Day, c.Count)).ToList();
    }

    private async Task<List<(string OwnerId, DateOnly Day, int Count)>> RecountAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Appointments.AsNoTracking()
            .Where(a => !a.SpansDays)
            .GroupBy(a => new { a.OwnerId, a.CalendarFirstDay })
            .Select(g => new { g.Key.OwnerId, g.Key.CalendarFirstDay, Count = g.Count() })
            .ToListAsync();
        return rows.Select(r => (r.OwnerId, r.CalendarFirstDay, r.Count)).ToList();
    }
}
