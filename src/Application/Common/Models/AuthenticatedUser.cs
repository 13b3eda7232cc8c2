namespace Sched.Application.Common.Models;

/// <summary>A user whose credentials were just checked.</summary>
public sealed record AuthenticatedUser(string Id, string Email, string? DisplayName);
