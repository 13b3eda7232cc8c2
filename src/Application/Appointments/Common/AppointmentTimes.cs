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

    /// <summary>An empty end is the same day for all-day, else one hour after the start.</summary>
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

        // An empty end is one real hour after the start: around a daylight-saving change the wall
        // clock an hour on may not exist (the gap) or may be two hours away (the repeated hour).
        var start = UserTime.ToUtc(StartOf(input), zone);
        return (start, input.End is null ? start.AddHours(1) : UserTime.ToUtc(EndOf(input), zone));
    }
}
