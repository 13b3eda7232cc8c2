namespace Sched.Application.Common.Security;

/// <summary>
/// Sched's own claims in a session. Infrastructure writes them at sign-in, WebUI reads them per
/// request; both may use Application, so the names live here.
/// </summary>
public static class SchedClaimTypes
{
    /// <summary>The IANA time zone the user chose; absent when they use the default.</summary>
    public const string TimeZone = "sched:time_zone";

    /// <summary>The day the user's weeks begin on (a <see cref="DayOfWeek"/> name); absent when they use Monday.</summary>
    public const string FirstDayOfWeek = "sched:first_day_of_week";
}
