using FluentValidation.Results;
using Microsoft.AspNetCore.Authentication;
using Sched.Infrastructure.Sessions;

namespace Sched.Infrastructure.Identity;

/// <summary>Application's view of users and sign-in, over ASP.NET Core Identity.</summary>
public sealed class IdentityService(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, DatabaseTicketStore sessions) : IIdentityService
{
    public async Task<AuthenticatedUser?> AuthenticateAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return null;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false);
        return result.Succeeded ? new AuthenticatedUser(user.Id, user.Email!, user.DisplayName) : null;
    }

    public async Task<SignInOutcome> PasswordSignInAsync(string email, string password, bool rememberMe, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return SignInOutcome.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: true);
        return result switch
        {
            { Succeeded: true } => SignInOutcome.Succeeded,
            { IsLockedOut: true } => SignInOutcome.LockedOut,
            _ => SignInOutcome.Failed,
        };
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    public async Task<UserCreation> CreateUserAsync(string email, string password, string? displayName, CancellationToken cancellationToken)
    {
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = displayName };
        var result = await users.CreateAsync(user, password);
        return result.Succeeded
            ? UserCreation.Created(user.Id)
            : UserCreation.Refused([.. result.Errors.Select(e => ToFailure(e, "Password")).DistinctBy(f => f.PropertyName)]);
    }

    public async Task<bool> SetActiveAsync(string email, bool active, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return false;
        }

        user.IsActive = active;
        await users.UpdateAsync(user);
        if (!active)
        {
            // Deactivation ends every session at once; the new stamp also fails any ticket elsewhere.
            await users.UpdateSecurityStampAsync(user);
            await sessions.RemoveAllAsync(user.Id, exceptKey: null);
        }

        return true;
    }

    public async Task SignInAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"User {userId} does not exist.");
        await signIn.SignInAsync(user, isPersistent: false);
    }

    public async Task<UserProfile?> GetProfileAsync(string userId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId) is { } user ? new UserProfile(user.Email!, user.DisplayName, user.TimeZoneId) : null;

    public async Task<bool> UpdateProfileAsync(string userId, string? displayName, string? timeZoneId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        user.DisplayName = displayName;
        user.TimeZoneId = timeZoneId;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return true;
    }

    public async Task<IReadOnlyList<ValidationFailure>> ChangePasswordAsync(
        string userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return [new ValidationFailure(string.Empty, "Your account no longer exists.")];
        }

        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                ? new ValidationFailure("CurrentPassword", "That is not your current password.")
                : ToFailure(e, "NewPassword")).DistinctBy(f => f.PropertyName)];
        }

        // Every other session of the user ends now; this one is renewed with the new security stamp.
        var current = await signIn.Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await sessions.RemoveAllAsync(user.Id, current.Properties?.GetString(DatabaseTicketStore.SessionKeyItem));
        await signIn.RefreshSignInAsync(user);
        return [];
    }

    /// <summary>Identity's error codes, said in Sched's words and keyed by the form field they concern.</summary>
    private static ValidationFailure ToFailure(IdentityError error, string passwordField) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
            new ValidationFailure("Email", "That email address cannot be used. Sign in if it is yours."),
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) =>
            new ValidationFailure("Email", "Enter a valid email address, like name@example.com."),
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) =>
            new ValidationFailure(passwordField, error.Description),
        _ => new ValidationFailure(string.Empty, error.Description),
    };
}
