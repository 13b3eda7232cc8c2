using Sched.Application.Users.Common;
using Sched.Domain.Users;
using Sched.Infrastructure.Mail;

namespace Sched.Infrastructure.Identity;

/// <summary>Application's account store over ASP.NET Core Identity. It never touches the HTTP request or a cookie.</summary>
public sealed class AccountService(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, MailOutbox outbox, LinkTokenProvider links)
    : IAccountService
{
    public async Task<CredentialCheck> CheckCredentialsAsync(EmailAddress email, string password, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (await users.FindByEmailAsync(email.Value) is not { } user)
        {
            return CredentialCheck.Failed;
        }

        // Checks activity (IUserConfirmation) and lockout, and counts a wrong password toward it.
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return result switch
        {
            { Succeeded: true } => new CredentialCheck(SignInOutcome.Succeeded, user.Id, user.EmailConfirmed),
            { IsLockedOut: true } => new CredentialCheck(SignInOutcome.LockedOut, null, false),
            _ => CredentialCheck.Failed,
        };
    }

    public async Task<AccountCreation> CreateAsync(
        EmailAddress email, string password, string? displayName, bool emailConfirmed, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = new ApplicationUser { UserName = email.Value, Email = email.Value, DisplayName = displayName, EmailConfirmed = emailConfirmed };

        // Identity hashes the password before it looks for the address, so a taken address costs the same.
        var result = await users.CreateAsync(user, password);
        return result.Succeeded
            ? AccountCreation.Created(user.Id)
            : AccountCreation.Refused(
                [.. result.Errors.Select(e => ToFieldError(e, "Password")).DistinctBy(f => f.Field)],
                emailTaken: result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)));
    }

    public async Task<UserProfile?> FindProfileAsync(EmailAddress email, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await users.FindByEmailAsync(email.Value) is { } user ? ProfileOf(user) : null;
    }

    public async Task<bool> CheckPasswordAsync(string userId, string password, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await users.FindByIdAsync(userId) is { } user && await users.CheckPasswordAsync(user, password);
    }

    public async Task<string?> SetActiveAsync(EmailAddress email, bool active, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (await users.FindByEmailAsync(email.Value) is not { } user)
        {
            return null;
        }

        user.IsActive = active;
        await users.UpdateAsync(user);
        if (!active)
        {
            // A new stamp fails any ticket of the user that is still held anywhere.
            await users.UpdateSecurityStampAsync(user);
        }

        return user.Id;
    }

    public async Task<UserProfile?> GetProfileAsync(string userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await users.FindByIdAsync(userId) is { } user ? ProfileOf(user) : null;
    }

    public async Task<bool> UpdateProfileAsync(
        string userId, string? displayName, string? timeZoneId, DayOfWeek firstDayOfWeek, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return false;
        }

        user.DisplayName = displayName;
        user.TimeZoneId = timeZoneId;
        user.FirstDayOfWeek = firstDayOfWeek;
        await users.UpdateAsync(user);
        return true;
    }

    public async Task<IReadOnlyList<FieldError>> ChangePasswordAsync(
        string userId, string currentPassword, string newPassword, OutgoingMail notice, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return [new FieldError(string.Empty, "Your account no longer exists.")];
        }

        var result = await WithMailAsync(notice, () => users.ChangePasswordAsync(user, currentPassword, newPassword));
        return result.Succeeded
            ? []
            : [.. result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                ? new FieldError("CurrentPassword", "That is not your current password.")
                : ToFieldError(e, "NewPassword")).DistinctBy(f => f.Field)];
    }

    public async Task<AccountLinkTicket?> StartPasswordResetAsync(EmailAddress email, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await users.FindByEmailAsync(email.Value) is { IsActive: true } user
            ? new AccountLinkTicket(user.Id, ProfileOf(user), await users.GeneratePasswordResetTokenAsync(user))
            : null;
    }

    public async Task<AccountLinkTicket?> FindPasswordResetAsync(string token, CancellationToken cancellationToken) =>
        await FindResetUserAsync(token, cancellationToken) is { } user ? new AccountLinkTicket(user.Id, ProfileOf(user), token) : null;

    public async Task<IReadOnlyList<FieldError>> ResetPasswordAsync(string token, string newPassword, OutgoingMail notice, CancellationToken cancellationToken)
    {
        if (await FindResetUserAsync(token, cancellationToken) is not { } user)
        {
            return [new FieldError(string.Empty, AccountRules.ResetLinkNoLongerWorks)];
        }

        // The lockout is cleared in the same save as the new password: whoever holds the mailbox is let back
        // in. The link came through the address, so the address counts as confirmed too.
        var result = await WithMailAsync(notice, () =>
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            user.EmailConfirmed = true;
            return users.ResetPasswordAsync(user, token, newPassword);
        });
        return result.Succeeded ? [] : [.. result.Errors.Select(e => ToFieldError(e, "NewPassword")).DistinctBy(f => f.Field)];
    }

    public async Task<AccountLinkTicket?> StartEmailConfirmationAsync(EmailAddress email, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await users.FindByEmailAsync(email.Value) is { IsActive: true, EmailConfirmed: false } user
            ? new AccountLinkTicket(user.Id, ProfileOf(user), await users.GenerateEmailConfirmationTokenAsync(user))
            : null;
    }

    public async Task<AccountLinkTicket?> FindEmailConfirmationAsync(string token, CancellationToken cancellationToken) =>
        await FindConfirmationUserAsync(token, cancellationToken) is { } user ? new AccountLinkTicket(user.Id, ProfileOf(user), token) : null;

    public async Task<string?> ConfirmEmailAsync(string token, CancellationToken cancellationToken) =>
        await FindConfirmationUserAsync(token, cancellationToken) is { } user && (await users.ConfirmEmailAsync(user, token)).Succeeded
            ? user.Id
            : null;

    public async Task<EmailChangeTicket?> StartEmailChangeAsync(string userId, EmailAddress newEmail, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await users.FindByIdAsync(userId) is { } user
            ? new EmailChangeTicket(user.Id, ProfileOf(user), newEmail, await users.GenerateChangeEmailTokenAsync(user, newEmail.Value))
            : null;
    }

    public async Task<EmailChangeTicket?> FindEmailChangeAsync(string token, CancellationToken cancellationToken) =>
        await FindEmailChangeUserAsync(token, cancellationToken) is ({ } user, { } newEmail)
            ? new EmailChangeTicket(user.Id, ProfileOf(user), newEmail, token)
            : null;

    public async Task<IReadOnlyList<FieldError>> ChangeEmailAsync(string token, OutgoingMail notice, CancellationToken cancellationToken)
    {
        if (await FindEmailChangeUserAsync(token, cancellationToken) is not ({ } user, { } newEmail))
        {
            return [new FieldError(string.Empty, AccountRules.ConfirmLinkNoLongerWorks)];
        }

        // The email is also the login name; Identity's one save stores both, the new stamp and the notice.
        var result = await WithMailAsync(notice, () =>
        {
            user.UserName = newEmail.Value;
            return users.ChangeEmailAsync(user, newEmail.Value, token);
        });
        // The token was checked above, so a refusal means another account took the address meanwhile.
        return result.Succeeded ? [] : [new FieldError(string.Empty, "Another account uses that address now, so yours was not changed.")];
    }

    /// <summary>The active user a reset token belongs to while it still works; null otherwise.</summary>
    private async Task<ApplicationUser?> FindResetUserAsync(string token, CancellationToken cancellationToken) =>
        await FindLinkUserAsync(token, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, cancellationToken);

    /// <summary>The active user a confirmation token belongs to while it still works and the address waits for it; null otherwise.</summary>
    private async Task<ApplicationUser?> FindConfirmationUserAsync(string token, CancellationToken cancellationToken) =>
        await FindLinkUserAsync(token, UserManager<ApplicationUser>.ConfirmEmailTokenPurpose, cancellationToken) is { EmailConfirmed: false } user
            ? user
            : null;

    /// <summary>The user a change-of-address token belongs to and the address it asks for, while it still works.</summary>
    private async Task<(ApplicationUser User, EmailAddress NewEmail)?> FindEmailChangeUserAsync(string token, CancellationToken cancellationToken) =>
        links.Describe(token) is { Purpose: var purpose } && purpose.StartsWith(LinkTokenProvider.ChangeEmailPurposePrefix, StringComparison.Ordinal)
        && EmailAddress.TryParse(purpose[LinkTokenProvider.ChangeEmailPurposePrefix.Length..], out var newEmail)
        && await FindLinkUserAsync(token, purpose, cancellationToken) is { } user
            ? (user, newEmail)
            : null;

    /// <summary>The active user a link's token of this purpose belongs to while it still works; null otherwise.</summary>
    private async Task<ApplicationUser?> FindLinkUserAsync(string token, string purpose, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return links.Describe(token) is { } described
               && await users.FindByIdAsync(described.UserId) is { IsActive: true } user
               && await users.VerifyUserTokenAsync(user, LinkTokenProvider.Name, purpose, token)
            ? user
            : null;
    }

    /// <summary>
    /// Runs an Identity change with the mail it causes staged in the outbox: Identity's one save of the
    /// user stores both (one transaction). A refused change takes the mail back.
    /// </summary>
    private async Task<IdentityResult> WithMailAsync(OutgoingMail mail, Func<Task<IdentityResult>> change)
    {
        var staged = outbox.Stage(mail);
        var result = await change();
        if (!result.Succeeded)
        {
            outbox.Unstage(staged);
        }

        return result;
    }

    private static UserProfile ProfileOf(ApplicationUser user) =>
        new(user.Email!, user.DisplayName, user.TimeZoneId, user.FirstDayOfWeek ?? UserProfile.DefaultFirstDayOfWeek);

    /// <summary>Identity's error codes, said in Sched's words and keyed by the form field they concern.</summary>
    private static FieldError ToFieldError(IdentityError error, string passwordField) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
            new FieldError("Email", "That email address cannot be used. Sign in if it is yours."),
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) =>
            new FieldError("Email", "Enter a valid email address, like name@example.com."),
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) =>
            new FieldError(passwordField, error.Description),
        _ => new FieldError(string.Empty, error.Description),
    };
}
