using Sched.Domain.Users;

namespace Sched.Application.Users.Queries.Authenticate;

/// <summary>
/// Are these the credentials of an active user, and which user? Checks without signing in (the
/// 2013 app's <c>User.authenticate</c>); null when they are not.
/// </summary>
public sealed record AuthenticateQuery(string Email, string Password) : IRequest<AuthenticatedUser?>;

public sealed class AuthenticateQueryHandler(IIdentityService identity) : IRequestHandler<AuthenticateQuery, AuthenticatedUser?>
{
    public Task<AuthenticatedUser?> Handle(AuthenticateQuery request, CancellationToken cancellationToken) =>
        identity.AuthenticateAsync(EmailAddress.Normalize(request.Email), request.Password, cancellationToken);
}
