using Sched.Application.Common.Interfaces;

namespace Sched.Application.Appointments.Common;

/// <summary>
/// What a month grid reads (<see cref="IApplicationDbContext.ReadMonthAsync"/>): how many one-day
/// appointments each day holds (days with none left out), and the appointments it lists.
/// </summary>
public sealed record CalendarMonth(IReadOnlyDictionary<DateOnly, int> OneDayCounts, IReadOnlyList<StoredAppointment> Appointments);
