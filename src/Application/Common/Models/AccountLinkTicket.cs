namespace Sched.Application.Common.Models;

/// <summary>
/// A mailed link of an active user's account (a password reset, a confirmation of their address): who,
/// what the mails need to greet them, and the link's opaque token. The token carries its own proof
/// (Infrastructure protects it); nothing of it is stored.
/// </summary>
public sealed record AccountLinkTicket(string UserId, UserProfile Profile, string Token);
