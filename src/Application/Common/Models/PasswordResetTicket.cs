namespace Sched.Application.Common.Models;

/// <summary>
/// An active user's password reset: who, what the mails need to greet them, and the opaque token of
/// the link. The token carries its own proof (Infrastructure protects it); nothing of it is stored.
/// </summary>
public sealed record PasswordResetTicket(string UserId, UserProfile Profile, string Token);
