using Microsoft.AspNetCore.Authentication;
using Sched.Infrastructure.Identity;

namespace Sched.Infrastructure.Sessions;

/// <summary>
/// Application's sessions over Identity's sign-in manager (which writes the cookie of the current
/// request) and the database ticket store (which holds every session of every user).
/// </summary>
public sealed class SessionService(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, DatabaseTicketStore store) : ISessionService
{
    public async Task SignInAsync(string userId, bool persistent, CancellationToken cancellationToken) =>
        await signIn.SignInAsync(await FindAsync(userId, cancellationToken), persistent);

    public Task SignOutAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return signIn.SignOutAsync();
    }

    public async Task RefreshAsync(string userId, CancellationToken cancellationToken) =>
        await signIn.RefreshSignInAsync(await FindAsync(userId, cancellationToken));

    public async Task EndSessionsAsync(string userId, bool keepCurrent, CancellationToken cancellationToken)
    {
        var currentKey = keepCurrent
            ? (await signIn.Context.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Properties?.GetString(DatabaseTicketStore.SessionKeyItem)
            : null;
        await store.RemoveAllAsync(userId, currentKey, cancellationToken);
    }

    private async Task<ApplicationUser> FindAsync(string userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"User {userId} does not exist.");
    }
}
