using Sched.Application.Common.Time;
using Sched.Application.Users.Common;

namespace Sched.Application.Users.Commands.ConfirmEmailChange;

/// <summary>
/// Changes the account's address from the link mailed to the new one. The link works once; using it ends
/// every session of the user (they log in again with the new address) and mails the old address a notice.
/// </summary>
public sealed record ConfirmEmailChangeCommand(string Token) : IRequest<string>;

public sealed class ConfirmEmailChangeCommandHandler(
    IAccountService accounts, ISessionService sessions, PublicSite site, DefaultTimeZone defaultZone, TimeProvider clock,
    ICurrentUser currentUser, ILogger<ConfirmEmailChangeCommandHandler> logger)
    : IRequestHandler<ConfirmEmailChangeCommand, string>
{
    /// <summary>Returns the new address.</summary>
    public async Task<string> Handle(ConfirmEmailChangeCommand request, CancellationToken cancellationToken)
    {
        var ticket = await accounts.FindEmailChangeAsync(request.Token, cancellationToken)
            ?? throw new ValidationException(string.Empty, AccountRules.ConfirmLinkNoLongerWorks);
        var notice = AccountMails.EmailChanged(
            ticket.Profile, ticket.NewEmail, clock.GetUtcNow(), defaultZone.For(ticket.Profile.TimeZoneId), site.Link("login/"));
        var errors = await accounts.ChangeEmailAsync(request.Token, notice, cancellationToken);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        await sessions.EndSessionsAsync(ticket.UserId, keepCurrent: false, cancellationToken);
        logger.LogInformation("Address of user {UserId} changed from {ClientAddress}; every session ended", ticket.UserId, currentUser.ClientAddress ?? "(unknown)");
        return ticket.NewEmail.Value;
    }
}
