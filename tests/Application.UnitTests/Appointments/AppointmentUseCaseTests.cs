// What every appointment use case test starts from: two users, Ada acting in UTC, and short ways
// to arrange appointments and to read what was stored.
using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Commands.CreateAppointment;
using Sched.Domain.Appointments;

namespace Sched.Application.UnitTests.Appointments;

public abstract class AppointmentUseCaseTests : IAsyncLifetime
{
    protected SchedTestHost Host { get; } = SchedTestHost.InMemory();

    protected string AdaId { get; private set; } = string.Empty;

    protected string GraceId { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        AdaId = await Host.AddUserAsync("ada@example.com");
        GraceId = await Host.AddUserAsync("grace@example.com");
        ActAs(AdaId);
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    /// <summary>Makes the user (null: nobody) the current user, entering and reading times in the zone.</summary>
    protected void ActAs(string? userId, TimeZoneInfo? zone = null)
    {
        Host.CurrentUser.UserId = userId;
        Host.CurrentUser.TimeZone = zone ?? TimeZoneInfo.Utc;
    }

    /// <summary>
    /// Adds an appointment for the current user through the whole pipeline, as the create form does
    /// after "Save anyway": arranged appointments may overlap (OverlapWarningTests checks the warning).
    /// </summary>
    protected Task<int> AddAppointmentAsync(string title, DateTime start, DateTime? end = null, bool allDay = false) =>
        Host.SendAsync(new CreateAppointmentCommand(title, start, end, allDay, Location: null, Description: null, AllowOverlap: true));

    /// <summary>Adds an appointment for another user, then makes the previous current user current again.</summary>
    protected async Task<int> AddAppointmentForAsync(string userId, string title, DateTime start)
    {
        var (previousUser, previousZone) = (Host.CurrentUser.UserId, Host.CurrentUser.TimeZone);
        ActAs(userId);
        try
        {
            return await AddAppointmentAsync(title, start);
        }
        finally
        {
            ActAs(previousUser, previousZone);
        }
    }

    protected Task<Appointment?> StoredAsync(int id) =>
        Host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Appointments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == id));

    protected Task<List<Appointment>> AllStoredAsync() =>
        Host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().Appointments.AsNoTracking()
            .OrderBy(a => a.Id).ToListAsync());

    protected static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);

    /// <summary>A wall-clock time as a person types it: no zone attached.</summary>
    protected static DateTime Local(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
}
