namespace Sched.Application.Common.Models;

/// <summary>What a user can see and change about themselves; a null zone means the default.</summary>
public sealed record UserProfile(string Email, string? DisplayName, string? TimeZoneId);
