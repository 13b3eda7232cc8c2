namespace Sched.Application.Common.Interfaces;

/// <summary>Who is making the current request; WebUI reads it from the signed-in user's claims.</summary>
public interface ICurrentUser
{
    /// <summary>The signed-in user's id, or null for an anonymous visitor or the command line.</summary>
    string? UserId { get; }

    /// <summary>
    /// The zone the user enters and reads times in: their own choice, else the configured
    /// default (Sched:DefaultTimeZone), else the server's zone.
    /// </summary>
    TimeZoneInfo TimeZone { get; }

    /// <summary>The day the user's calendar weeks begin on: their own choice, else Monday.</summary>
    DayOfWeek FirstDayOfWeek { get; }

    /// <summary>The client's network address, for security logs; null outside a web request.</summary>
    string? ClientAddress { get; }
}
