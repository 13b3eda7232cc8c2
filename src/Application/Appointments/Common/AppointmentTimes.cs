using Sched.Application.Common.Time;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Common;

/// <summary>
/// Turns validated input (wall-clock times as typed, in the user's zone) into the appointment's
/// period: UTC instants, or whole days for all-day appointments. The form's edge ends here.
/// </summary>
public static class AppointmentTimes
{
    public static DateTime StartOf(IAppointmentInput input) =>
        input.AllDay ? input.Start!.Value.Date : input.Start!.Value;

    /// <summary>
    /// The end on the wall clock. An empty end is the same day for all-day, else one hour after the
    /// start (stored as an hour of real time, see <see cref="ToPeriod"/>).
    /// </summary>
    public static DateTime EndOf(IAppointmentInput input) => input switch
    {
        { AllDay: true, End: { } end } => end.Date,
        { AllDay: true } => StartOf(input),
        { End: { } end } => end,
        _ => StartOf(input).AddHours(1),
    };

    public static AppointmentPeriod ToPeriod(IAppointmentInput input, TimeZoneInfo zone)
    {
        if (input.AllDay)
        {
            return AppointmentPeriod.OnDays(DateOnly.FromDateTime(StartOf(input)), DateOnly.FromDateTime(EndOf(input)), zone);
        }

        // An empty end is an hour of real time after the start: an hour later on the wall clock can
        // fall in the daylight-saving gap (no such time) or span the repeated hour (two hours long).
        var start = UserTime.ToUtc(StartOf(input), zone);
        return AppointmentPeriod.Between(start, input.End is { } end ? UserTime.ToUtc(end, zone) : start.AddHours(1));
    }
}
