// What "overlap" means for two appointments: the one definition behind the overlap warning.
using System.Linq.Expressions;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Common;

/// <summary>
/// Two appointments overlap when they share an instant. A period covers [start, end): an end at
/// 10:00 does not touch a start at 10:00. An empty period (start = end) covers its one instant, so it
/// overlaps what runs through that instant or starts at it. All-day periods are anchored where their
/// days begin and end in the owner's zone (<see cref="AppointmentPeriod"/>), so one test on instants
/// covers timed, all-day and mixed pairs: an all-day day overlaps the timed appointments of that day
/// on the owner's clock, two all-day appointments on one day overlap, consecutive days do not.
/// </summary>
public static class AppointmentOverlap
{
    public static bool Between(AppointmentPeriod a, AppointmentPeriod b) =>
        (a.Start < b.End && b.Start < a.End) || a.Start == b.Start;

    /// <summary>The same test as <see cref="Between"/>, as a filter the database runs on stored appointments.</summary>
    public static Expression<Func<Appointment, bool>> With(AppointmentPeriod period)
    {
        var (start, end) = (period.Start, period.End);
        return a => (a.Start < end && start < a.End) || a.Start == start;
    }
}
