namespace Sched.Application.Common.Models;

/// <summary>What a user can see and change about themselves; a null zone means the default.</summary>
public sealed record UserProfile(string Email, string? DisplayName, string? TimeZoneId, DayOfWeek FirstDayOfWeek = UserProfile.DefaultFirstDayOfWeek)
{
    /// <summary>The first day of a calendar week for users who chose none (ISO 8601's).</summary>
    public const DayOfWeek DefaultFirstDayOfWeek = DayOfWeek.Monday;
}
