namespace Sched.Application.Common.Security;

/// <summary>The signed-in user's id for handlers of requests marked <see cref="AuthorizeAttribute"/>.</summary>
public static class SignedInUser
{
    /// <summary>
    /// The authorization behaviour has already refused anonymous callers; reaching here without a
    /// user means the request lacks <see cref="AuthorizeAttribute"/>, a bug that must fail loudly.
    /// </summary>
    public static string RequiredUserId(this ICurrentUser currentUser) =>
        currentUser.UserId ?? throw new InvalidOperationException("This request needs a signed-in user: mark it [Authorize].");
}
