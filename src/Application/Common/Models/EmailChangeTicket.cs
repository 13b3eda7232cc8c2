using Sched.Domain.Users;

namespace Sched.Application.Common.Models;

/// <summary>
/// A change of address that waits for its link: the user, their profile as it is (the old address),
/// the address they asked for, and the opaque token of the link mailed to it (which carries that address).
/// </summary>
public sealed record EmailChangeTicket(string UserId, UserProfile Profile, EmailAddress NewEmail, string Token);
