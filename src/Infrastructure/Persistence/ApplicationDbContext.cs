using System.Data.Common;
using System.Reflection;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Sched.Application.Appointments.Common;
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

    /// <summary>
    /// This provider's SQL for <see cref="ReadMonthAsync"/>, two statements with parameters {0} the owner,
    /// {1} the first day, {2} the last day, {3} how many a day and {4} the most spanning days. The first
    /// reads the one-day appointments: columns a day as its number of days after {1}, that day's count,
    /// then the Id, Title and AllDay of each of its first {3}, and their Start and End as milliseconds
    /// since 1970-01-01 UTC. The second reads those spanning days: Id, Title, AllDay, Start and End as
    /// milliseconds, FirstDay and LastDay (null unless all-day, as the AllDayDays constraint holds).
    /// </summary>
    /// <remarks>
    /// Instants come as whole milliseconds, not as the provider's date type: SQLite keeps them as text,
    /// which its ADO.NET reader parses with the general DateTime parser, a tenth of the month page's CPU
    /// in a profile. Every way into Sched stores them to the second (the form takes minutes, iCalendar
    /// seconds), so nothing is lost.
    /// </remarks>
    protected abstract string MonthSql { get; }

    /// <summary>The month's command, built once per context (pooled contexts keep it): only its parameter values change.</summary>
    private IRelationalCommand? monthCommand;

    /// <inheritdoc />
    /// <remarks>
    /// Sent as a raw command through EF Core's own command pipeline (so its logging and interceptors see
    /// it) and read column by column: the month is the page that reads the most rows, and a query with a
    /// limit per day is SQL of each provider's own, which LINQ over FromSql could neither compile once nor
    /// cache (its SQL was generated again on every call; docs/decisions/0026-the-calendar-reads-by-stored-days.md).
    /// </remarks>
    public async Task<CalendarMonth> ReadMonthAsync(
        string ownerId, DateOnly firstDay, DateOnly lastDay, int perDay, int maxSpanning, CancellationToken cancellationToken)
    {
        object[] values = [ownerId, firstDay, lastDay, perDay, maxSpanning];
        monthCommand ??= this.GetService<IRawSqlCommandBuilder>().Build(MonthSql, values).RelationalCommand;
        var parameterValues = new Dictionary<string, object?>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            parameterValues.Add(monthCommand.Parameters[i].InvariantName, values[i]);
        }

        await using var reader = await monthCommand.ExecuteReaderAsync(
            new RelationalCommandParameterObject(
                this.GetService<IRelationalConnection>(), parameterValues, readerColumns: null, this,
                this.GetService<IRelationalCommandDiagnosticsLogger>()),
            cancellationToken);
        var row = reader.DbDataReader;
        var days = lastDay.DayNumber - firstDay.DayNumber + 1;
        var oneDayCounts = new Dictionary<DateOnly, int>(days);
        var appointments = new List<StoredAppointment>(days * perDay);
        var day = firstDay.AddDays(-1);
        while (await row.ReadAsync(cancellationToken))
        {
            // A day's count comes with each of its rows; it is read once a day.
            var dayOfRow = firstDay.AddDays(row.GetInt32(0));
            if (dayOfRow != day)
            {
                day = dayOfRow;
                oneDayCounts[day] = row.GetInt32(1);
            }

            // An all-day one's only day is the day it was counted on.
            var allDay = row.GetBoolean(4);
            appointments.Add(Stored(row, 2, allDay, allDay ? day : null, allDay ? day : null));
        }

        await row.NextResultAsync(cancellationToken);
        while (await row.ReadAsync(cancellationToken))
        {
            var allDay = row.GetBoolean(2);
            appointments.Add(Stored(row, 0, allDay, allDay ? row.GetFieldValue<DateOnly>(5) : null, allDay ? row.GetFieldValue<DateOnly>(6) : null));
        }

        return new CalendarMonth(oneDayCounts, appointments);
    }

    /// <summary>A month row's appointment from its Id, Title, AllDay, Start and End, in that order from <paramref name="id"/>.</summary>
    private static StoredAppointment Stored(DbDataReader row, int id, bool allDay, DateOnly? firstDay, DateOnly? lastDay) => new()
    {
        Id = row.GetInt32(id),
        Title = row.IsDBNull(id + 1) ? null : row.GetString(id + 1),
        AllDay = allDay,
        Start = DateTime.UnixEpoch.AddMilliseconds(row.GetInt64(id + 3)),
        End = DateTime.UnixEpoch.AddMilliseconds(row.GetInt64(id + 4)),
        FirstDay = firstDay,
        LastDay = lastDay,
    };

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
