namespace Sched.Application.Common.Interfaces;

/// <summary>
/// Users and sign-in, as the use cases need them. Infrastructure implements it with ASP.NET Core
/// Identity, which stays out of Application and Domain. Emails arrive already normalized.
/// </summary>
public interface IIdentityService
{
    /// <summary>Checks credentials for an active, not locked-out user without signing in.</summary>
    Task<AuthenticatedUser?> AuthenticateAsync(string email, string password, CancellationToken cancellationToken);

    /// <summary>Checks credentials and, when they hold, starts a session; failures count toward lockout.</summary>
    Task<SignInOutcome> PasswordSignInAsync(string email, string password, bool rememberMe, CancellationToken cancellationToken);

    Task SignOutAsync();

    /// <summary>Stores a new active user, or returns the rules the input broke, keyed by field.</summary>
    Task<UserCreation> CreateUserAsync(string email, string password, string? displayName, CancellationToken cancellationToken);

    /// <summary>Sets whether the user may sign in; false when no user has that email.</summary>
    Task<bool> SetActiveAsync(string email, bool active, CancellationToken cancellationToken);

    /// <summary>Starts a session for a user who just proved who they are (e.g. by registering).</summary>
    Task SignInAsync(string userId, CancellationToken cancellationToken);

    Task<UserProfile?> GetProfileAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Saves name and zone, then renews the current session so it carries the new zone.</summary>
    Task<bool> UpdateProfileAsync(string userId, string? displayName, string? timeZoneId, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the password when the current one is right, ending every other session of the
    /// user; returns the broken rules keyed by field, empty on success.
    /// </summary>
    Task<IReadOnlyList<FluentValidation.Results.ValidationFailure>> ChangePasswordAsync(
        string userId, string currentPassword, string newPassword, CancellationToken cancellationToken);
}
