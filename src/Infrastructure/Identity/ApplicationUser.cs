namespace Sched.Infrastructure.Identity;

/// <summary>
/// A person who signs in. The email is also the login name. An inactive user cannot sign in and
/// keeps their data. Lives here, not in Domain: appointments know their owner only by id.
/// </summary>
public sealed class ApplicationUser : IdentityUser, IAuditable
{
    public string? DisplayName { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The IANA zone the user reads and enters times in; null means the configured default.</summary>
    public string? TimeZoneId { get; set; }

    /// <summary>The day the user's calendar weeks begin on; null means Monday (nobody has chosen).</summary>
    public DayOfWeek? FirstDayOfWeek { get; set; }

    public DateTime Created { get; set; }

    public DateTime Modified { get; set; }
}
