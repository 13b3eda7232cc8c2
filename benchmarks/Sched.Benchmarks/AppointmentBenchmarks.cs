// Time and memory of the appointment use cases people hit most, through the real MediatR
// pipeline over a SQLite file holding 50,000 appointments of 50 users (1,000 each).
using BenchmarkDotNet.Attributes;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Sched.Application.Appointments.Commands.CreateAppointment;
using Sched.Application.Appointments.Queries.GetAppointment;
using Sched.Application.Appointments.Queries.GetAppointments;
using Sched.Application.Appointments.Queries.GetCalendar;
using Sched.Application.Common.Interfaces;
using Sched.Domain.Appointments;
using Sched.Infrastructure.Identity;
using Sched.Infrastructure.Persistence;

namespace Sched.Benchmarks;

[MemoryDiagnoser]
public class AppointmentBenchmarks
{
    private const int Users = 50;
    private const int AppointmentsPerUser = 1_000;

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"sched-bench-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;
    private BenchmarkUser _user = null!;
    private int _someAppointmentId;

    [GlobalSetup]
    public void Setup()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Sched"] = $"Data Source={_databasePath}" })
            .Build();
        _user = new BenchmarkUser();
        _services = new ServiceCollection()
            .AddLogging()
            .AddApplicationServices()
            .AddInfrastructureServices(configuration, new BenchmarkHost())
            .AddSingleton<ICurrentUser>(_user)
            .BuildServiceProvider();

        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        db.Database.Migrate();
        var start = new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc);
        for (var u = 0; u < Users; u++)
        {
            var user = new ApplicationUser { Id = $"user-{u}", UserName = $"user{u}@example.com", Email = $"user{u}@example.com" };
            db.Users.Add(user);
            for (var a = 0; a < AppointmentsPerUser; a++)
            {
                var at = start.AddHours(a * 7 % 5_000);
                db.Appointments.Add(new Appointment(user.Id, $"Appointment {a}", AppointmentPeriod.Between(at, at.AddHours(1)), "Room 1", "Notes", TimeZoneInfo.Utc));
            }
        }

        db.SaveChanges();
        _user.UserId = "user-7";
        _someAppointmentId = db.Appointments.AsNoTracking().Where(a => a.OwnerId == "user-7").Select(a => a.Id).Skip(500).First();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_databasePath);
    }

    // The whole list (show=all), as these figures were first measured: the rows lie in 2026, so the
    // default (upcoming) list would soon be empty and measure nothing.
    [Benchmark(Description = "List: first page of 20")]
    public Task<int> FirstPage() => Send(async m => (await m.Send(new GetAppointmentsQuery(1, Show: "all"))).Page.Items.Count);

    [Benchmark(Description = "List: page 50 of 50")]
    public Task<int> LastPage() => Send(async m => (await m.Send(new GetAppointmentsQuery(50, Show: "all"))).Page.Items.Count);

    [Benchmark(Description = "Detail")]
    public Task<int> Detail() => Send(async m => (await m.Send(new GetAppointmentQuery(_someAppointmentId))).Id);

    // A month grid of 2026-03 (about five appointments a day): the calendar's busiest read.
    [Benchmark(Description = "Calendar: a month")]
    public Task<int> Month() => Send(async m => (await m.Send(new GetCalendarQuery(CalendarSpan.Month, new DateOnly(2026, 3, 1)))).Days.Count);

    [Benchmark(Description = "Create")]
    public Task<int> Create() => Send(m => m.Send(new CreateAppointmentCommand(
        "Benchmark", new DateTime(2026, 6, 1, 10, 0, 0), null, false, null, null)));

    private async Task<int> Send(Func<IMediator, Task<int>> request)
    {
        await using var scope = _services.CreateAsyncScope();
        return await request(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    /// <summary>The signed-in user of the benchmark, in UTC.</summary>
    private sealed class BenchmarkUser : ICurrentUser
    {
        public string? UserId { get; set; }

        public TimeZoneInfo TimeZone => TimeZoneInfo.Utc;

        public DayOfWeek FirstDayOfWeek => DayOfWeek.Monday;

        public string? ClientAddress => null;
    }

    /// <summary>Where a relative database path would resolve; the benchmark uses an absolute one.</summary>
    private sealed class BenchmarkHost : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Benchmark";

        public string ApplicationName { get; set; } = "Sched.Benchmarks";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
