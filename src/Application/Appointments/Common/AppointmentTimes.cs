using Sched.Application.Common.Time;

namespace Sched.Application.Appointments.Common;

/// <summary>
/// Turns validated input into what is stored: wall-clock start and end (with the empty-end rule)
/// and then UTC instants, or whole dates for all-day appointments.
/// </summary>
public static class AppointmentTimes
{
    public static DateTime StartOf(IAppointmentInput input) =>
        input.AllDay ? input.Start!.Value.Date : input.Start!.Value;

    /// <summary>
    /// The end on the wall clock. An empty end is the same day for all-day, else one hour after the
    /// start (stored as an hour of real time, see <see cref="ToStored"/>).
    /// </summary>
    public static DateTime EndOf(IAppointmentInput input) => input switch
    {
        { AllDay: true, End: { } end } => end.Date,
        { AllDay: true } => StartOf(input),
        { End: { } end } => end,
        _ => StartOf(input).AddHours(1),
    };

    public static (DateTime Start, DateTime End) ToStored(IAppointmentInput input, TimeZoneInfo zone)
    {
        if (input.AllDay)
        {
            return (UserTime.AsDate(StartOf(input)), UserTime.AsDate(EndOf(input)));
        }

        // An empty end is an hour of real time after the start: an hour later on the wall clock can
        // fall in the daylight-saving gap (no such time) or span the repeated hour (two hours long).
        var start = UserTime.ToUtc(StartOf(input), zone);
        return (start, input.End is { } end ? UserTime.ToUtc(end, zone) : start.AddHours(1));
    }
}
