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

    public static (DateTime Start, DateTime End) ToStored(IAppointmentInput input, TimeZoneInfo zone) =>
        input.AllDay
            ? (UserTime.AsDate(StartOf(input)), UserTime.AsDate(EndOf(input)))
            : (UserTime.ToUtc(StartOf(input), zone), UserTime.ToUtc(EndOf(input), zone));
}
