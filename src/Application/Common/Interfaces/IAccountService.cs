using Sched.Domain.Users;

namespace Sched.Application.Common.Interfaces;

/// <summary>
/// The store of user accounts and their credentials, as the use cases need it. Infrastructure
/// implements it with ASP.NET Core Identity, which stays out of Application and Domain. Results are
/// Application's own types; signing in and out is <see cref="ISessionService"/>'s job.
/// </summary>
public interface IAccountService
{
    /// <summary>
    /// Checks an email and password for an active, not locked-out user, and says whether their address
    /// is confirmed. A wrong password counts toward lockout; a right one clears the count.
    /// </summary>
    Task<CredentialCheck> CheckCredentialsAsync(EmailAddress email, string password, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new active user, its address confirmed or not, or returns the rules the input broke, keyed
    /// by field (<see cref="AccountCreation.EmailTaken"/> when another account uses the address).
    /// </summary>
    Task<AccountCreation> CreateAsync(
        EmailAddress email, string password, string? displayName, bool emailConfirmed, CancellationToken cancellationToken);

    /// <summary>The profile of the user with this email, active or not; null when no user has it.</summary>
    Task<UserProfile?> FindProfileAsync(EmailAddress email, CancellationToken cancellationToken);

    /// <summary>Whether this is the user's password (counts nothing toward lockout).</summary>
    Task<bool> CheckPasswordAsync(string userId, string password, CancellationToken cancellationToken);

    /// <summary>
    /// Sets whether the user may sign in; deactivation also invalidates every ticket they hold.
    /// Returns the user's id, or null when no user has that email.
    /// </summary>
    Task<string?> SetActiveAsync(EmailAddress email, bool active, CancellationToken cancellationToken);

    Task<UserProfile?> GetProfileAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Saves name, zone and first day of the week; false when the user no longer exists.</summary>
    Task<bool> UpdateProfileAsync(
        string userId, string? displayName, string? timeZoneId, DayOfWeek firstDayOfWeek, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the password when the current one is right, and stores the notice in the outbox in the
    /// same save; returns the broken rules keyed by field, empty on success (and then nothing is queued).
    /// </summary>
    Task<IReadOnlyList<FieldError>> ChangePasswordAsync(
        string userId, string currentPassword, string newPassword, OutgoingMail notice, CancellationToken cancellationToken);

    /// <summary>For an active user with this email, a new reset token (valid for Sched:Account:ResetLinkLifetime); null for anyone else.</summary>
    Task<AccountLinkTicket?> StartPasswordResetAsync(EmailAddress email, CancellationToken cancellationToken);

    /// <summary>The active user whose reset token this is, while it is unexpired and unused; null otherwise.</summary>
    Task<AccountLinkTicket?> FindPasswordResetAsync(string token, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the new password when the token still works, which uses it up; clears the lockout and stores
    /// the notice in the outbox, all in one save. Returns the broken rules keyed by field, empty on success.
    /// </summary>
    Task<IReadOnlyList<FieldError>> ResetPasswordAsync(string token, string newPassword, OutgoingMail notice, CancellationToken cancellationToken);

    /// <summary>
    /// For an active user with this email whose address is not confirmed yet, a new confirmation token
    /// (valid for Sched:Account:ConfirmLinkLifetime); null for anyone else.
    /// </summary>
    Task<AccountLinkTicket?> StartEmailConfirmationAsync(EmailAddress email, CancellationToken cancellationToken);

    /// <summary>The active, unconfirmed user whose confirmation token this is, while it is unexpired; null otherwise.</summary>
    Task<AccountLinkTicket?> FindEmailConfirmationAsync(string token, CancellationToken cancellationToken);

    /// <summary>Confirms the address when the token still works (then it never works again) and returns the user's id; null otherwise.</summary>
    Task<string?> ConfirmEmailAsync(string token, CancellationToken cancellationToken);

    /// <summary>A token that changes the user's address to the new one when used; null when the user no longer exists.</summary>
    Task<EmailChangeTicket?> StartEmailChangeAsync(string userId, EmailAddress newEmail, CancellationToken cancellationToken);

    /// <summary>The change of address an email change token asks for, while it still works; null otherwise.</summary>
    Task<EmailChangeTicket?> FindEmailChangeAsync(string token, CancellationToken cancellationToken);

    /// <summary>
    /// Changes the address (and login name) when the token still works and no other account has taken
    /// the address meanwhile; the address counts as confirmed, every outstanding link of the user stops
    /// working, and the notice is stored in the outbox, all in one save. Returns the broken rules, empty on success.
    /// </summary>
    Task<IReadOnlyList<FieldError>> ChangeEmailAsync(string token, OutgoingMail notice, CancellationToken cancellationToken);
}
