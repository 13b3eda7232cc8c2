namespace Sched.Application.Common.Models;

/// <summary>
/// Proof that a user's credentials were just checked. Only Application can make one (see
/// AuthenticateCommand), so a login cannot be started for a user whose password nobody gave.
/// </summary>
public sealed class AuthenticatedUser
{
    internal AuthenticatedUser(string id) => Id = id;

    public string Id { get; }
}
