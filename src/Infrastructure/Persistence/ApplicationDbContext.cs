using System.Reflection;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sched.Domain.Appointments;
using Sched.Domain.Calendars;
using Sched.Infrastructure.Identity;
using Sched.Infrastructure.Mail;
using Sched.Infrastructure.Persistence.Configurations;
using Sched.Infrastructure.Sessions;

namespace Sched.Infrastructure.Persistence;

/// <summary>
/// The one database of Sched: Identity's tables, the appointments, the calendar feeds, pending imports, the sessions and the mail outbox. Each provider has a
/// context of its own (<see cref="SqliteDbContext"/>, <see cref="PostgreSqlDbContext"/>) so that each
/// keeps its own migrations (docs/decisions/0017-one-context-per-provider.md); everything else is here.
/// </summary>
public abstract class ApplicationDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser>(options), IApplicationDbContext
{
    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<PendingImport> PendingImports => Set<PendingImport>();

    /// <summary>Server-side sessions; not part of Application's view of the database.</summary>
    public DbSet<UserSession> UserSessions => Set<UserSession>();

    /// <summary>Mails waiting for the background sender (and, for a day, those sent); reached through <see cref="IMailOutbox"/>.</summary>
    public DbSet<QueuedMail> QueuedMails => Set<QueuedMail>();

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
        return Write(() => base.SaveChanges(acceptAllChangesOnSuccess));
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

    /// <summary>
    /// Runs a write: SaveChanges, and the writes that bypass it (ExecuteUpdate, ExecuteDelete). A provider
    /// that allows one writer at a time queues them here.
    /// </summary>
    public virtual Task<T> WriteAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken) =>
        write(cancellationToken);

    /// <summary>The synchronous <see cref="WriteAsync{T}"/>, for SaveChanges.</summary>
    protected virtual T Write<T>(Func<T> write) => write();

    /// <summary>How this provider's SQL writes the booleans true and false, for the CHECK constraints.</summary>
    protected abstract (string True, string False) SqlBooleans { get; }

    /// <inheritdoc />
    public abstract IQueryable<Appointment> FirstOfEachDay(string ownerId, DateOnly firstDay, DateOnly lastDay, int perDay);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(Assembly.GetExecutingAssembly());
        builder.Entity<Appointment>(new AppointmentConfiguration(SqlBooleans.True, SqlBooleans.False).Configure);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is a UTC instant. SQLite keeps no zone, so values are read back marked as UTC,
        // and one of another kind is refused rather than guessed to be in the server's zone. PostgreSQL
        // stores them as timestamptz, which Npgsql reads back as UTC already; the rule holds there too.
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
