using System.Reflection;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sched.Domain.Appointments;
using Sched.Infrastructure.Identity;
using Sched.Infrastructure.Sessions;

namespace Sched.Infrastructure.Persistence;

/// <summary>The one database of Sched: Identity's tables and the appointments.</summary>
public sealed class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IApplicationDbContext
{
    public DbSet<Appointment> Appointments => Set<Appointment>();

    /// <summary>
    /// SQLite lets one connection write at a time. A second writer meets SQLITE_BUSY, and
    /// Microsoft.Data.Sqlite then sleeps and retries, which put creates at a p99 of 400 ms under load.
    /// So writers of this process queue here instead, and the database never sees two at once.
    /// </summary>
    private static readonly SemaphoreSlim Writer = new(1, 1);

    /// <summary>Server-side sessions; not part of Application's view of the database.</summary>
    public DbSet<UserSession> UserSessions => Set<UserSession>();

    /// <summary>The columns that together say when an appointment happens (the CHECK constraint ties them).</summary>
    private static readonly string[] PeriodColumns =
        [nameof(Appointment.Start), nameof(Appointment.End), nameof(Appointment.AllDay), nameof(Appointment.FirstDay), nameof(Appointment.LastDay)];

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        WritePeriodsWhole();
        return await WriteAsync(token => base.SaveChangesAsync(acceptAllChangesOnSuccess, token), cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        WritePeriodsWhole();
        Writer.Wait();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            Writer.Release();
        }
    }

    /// <summary>
    /// EF Core writes only the columns that changed. Two edits of one appointment at once could then mix
    /// their periods (one's all-day days with the other's timed flag) and break the CHECK constraint. A
    /// changed appointment writes its whole period, so the last edit wins whole.
    /// </summary>
    private void WritePeriodsWhole()
    {
        foreach (var entry in ChangeTracker.Entries<Appointment>().Where(e => e.State == EntityState.Modified))
        {
            foreach (var column in PeriodColumns)
            {
                entry.Property(column).IsModified = true;
            }
        }
    }

    /// <summary>Runs a write that bypasses SaveChanges (ExecuteUpdate, ExecuteDelete) in the same queue.</summary>
    public async Task<T> WriteAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        await Writer.WaitAsync(cancellationToken);
        try
        {
            return await write(cancellationToken);
        }
        finally
        {
            Writer.Release();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(Assembly.GetExecutingAssembly());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is a UTC instant. SQLite keeps no zone, so values are read back marked as UTC,
        // and one of another kind is refused rather than guessed to be in the server's zone.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => RequireUtc(v),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private static DateTime RequireUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc
            ? value
            : throw new ArgumentException($"Sched stores UTC instants only; got a DateTime of kind {value.Kind}.", nameof(value));
}
