namespace Sched.Application.Users.Queries.CheckEmailChangeLink;

/// <summary>The new address a change-of-address link asks for while the link still works, so the page can name it; null when it no longer works.</summary>
public sealed record CheckEmailChangeLinkQuery(string Token) : IRequest<string?>;

public sealed class CheckEmailChangeLinkQueryHandler(IAccountService accounts) : IRequestHandler<CheckEmailChangeLinkQuery, string?>
{
    public async Task<string?> Handle(CheckEmailChangeLinkQuery request, CancellationToken cancellationToken) =>
        (await accounts.FindEmailChangeAsync(request.Token, cancellationToken))?.NewEmail.Value;
}
