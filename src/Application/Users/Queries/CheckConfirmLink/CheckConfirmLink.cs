namespace Sched.Application.Users.Queries.CheckConfirmLink;

/// <summary>Whether a new account's confirmation link still works (unexpired, its address not yet confirmed, its account active), so the page can say so before asking.</summary>
public sealed record CheckConfirmLinkQuery(string Token) : IRequest<bool>;

public sealed class CheckConfirmLinkQueryHandler(IAccountService accounts) : IRequestHandler<CheckConfirmLinkQuery, bool>
{
    public async Task<bool> Handle(CheckConfirmLinkQuery request, CancellationToken cancellationToken) =>
        await accounts.FindEmailConfirmationAsync(request.Token, cancellationToken) is not null;
}
