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
}
