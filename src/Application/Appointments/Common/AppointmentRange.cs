namespace Sched.Application.Appointments.Common;

/// <summary>
/// The widest times an appointment may have: a day inside DateTime's own range, so that converting to
/// UTC (no zone is more than 14 hours off) and the default one-hour end never step outside it.
/// </summary>
public static class AppointmentRange
{
    public static readonly DateTime Earliest = DateTime.MinValue.AddDays(1);

    public static readonly DateTime Latest = DateTime.MaxValue.AddDays(-1);

    public static readonly string OutOfRange = $"Choose a date between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.";

    public static bool Holds(DateTime time) => time >= Earliest && time <= Latest;
}
