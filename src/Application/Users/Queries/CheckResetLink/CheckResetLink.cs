namespace Sched.Application.Users.Queries.CheckResetLink;

/// <summary>Whether a reset link still works (unexpired, unused, its account active), so the page can say so before asking for a password.</summary>
public sealed record CheckResetLinkQuery(string Token) : IRequest<bool>;

public sealed class CheckResetLinkQueryHandler(IAccountService accounts) : IRequestHandler<CheckResetLinkQuery, bool>
{
    public async Task<bool> Handle(CheckResetLinkQuery request, CancellationToken cancellationToken) =>
        await accounts.FindPasswordResetAsync(request.Token, cancellationToken) is not null;
}
