namespace Sched.Application.Common.Interfaces;

/// <summary>
/// Signed-in sessions: starting and ending the current one, and ending a user's sessions
/// everywhere. Sessions are held on the server, so an ended session is gone for real.
/// </summary>
public interface ISessionService
{
    /// <summary>Starts a new session for the user; a persistent one survives browser restarts.</summary>
    Task SignInAsync(string userId, bool persistent, CancellationToken cancellationToken);

    /// <summary>Ends the current session, if any.</summary>
    Task SignOutAsync(CancellationToken cancellationToken);

    /// <summary>Reissues the current session with the user's claims as they are now (e.g. a new zone).</summary>
    Task RefreshAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Ends every session of the user, or every one but the current session.</summary>
    Task EndSessionsAsync(string userId, bool keepCurrent, CancellationToken cancellationToken);
}
