using Sched.Application.Users.Common;

namespace Sched.Application.Users.Commands.ConfirmEmail;

/// <summary>Confirms a new account's address from its mailed link; the account can log in from then on, and the link never works again.</summary>
public sealed record ConfirmEmailCommand(string Token) : IRequest<Unit>;

public sealed class ConfirmEmailCommandHandler(IAccountService accounts, ICurrentUser currentUser, ILogger<ConfirmEmailCommandHandler> logger)
    : IRequestHandler<ConfirmEmailCommand, Unit>
{
    public async Task<Unit> Handle(ConfirmEmailCommand request, CancellationToken cancellationToken)
    {
        var userId = await accounts.ConfirmEmailAsync(request.Token, cancellationToken)
            ?? throw new ValidationException(string.Empty, AccountRules.ConfirmLinkNoLongerWorks);
        logger.LogInformation("Address of user {UserId} confirmed from {ClientAddress}", userId, currentUser.ClientAddress ?? "(unknown)");
        return Unit.Value;
    }
}
