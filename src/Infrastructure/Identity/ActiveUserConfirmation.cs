namespace Sched.Infrastructure.Identity;

/// <summary>
/// Identity asks this before every sign-in and credential check: only active users may sign in.
/// Wired through SignIn.RequireConfirmedAccount, so one rule covers login and authenticate alike.
/// </summary>
public sealed class ActiveUserConfirmation : IUserConfirmation<ApplicationUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        Task.FromResult(user.IsActive);
}
