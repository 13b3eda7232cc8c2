using Sched.Application.Users.Common;
using Sched.Domain.Users;

namespace Sched.Application.Users.Commands.ForgotPassword;

/// <summary>
/// Someone asks for a password reset link. The answer is the same whoever asks: a link is mailed only
/// to an active account with that address, and at most Sched:RateLimit:ResetMailsPerAddressPerHour
/// times an hour per address, so the page cannot be used to flood a mailbox or to learn who has an account.
/// </summary>
public sealed record ForgotPasswordCommand(string Email) : IRequest<Unit>;

public sealed class ForgotPasswordCommandHandler(
    IAccountService accounts, IMailOutbox outbox, PublicSite site, PasswordResetSettings settings, TimeProvider clock,
    ICurrentUser currentUser, ILogger<ForgotPasswordCommandHandler> logger)
    : IRequestHandler<ForgotPasswordCommand, Unit>
{
    public async Task<Unit> Handle(ForgotPasswordCommand request, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Parse(request.Email);
        if (!await outbox.AllowsAnotherAsync(email.Value, MailPurpose.PasswordReset, settings.MailsPerAddressPerHour, clock, cancellationToken))
        {
            logger.LogWarning("Password reset for {Email} from {ClientAddress} not mailed: {Limit} reset mails in the last hour",
                email.Value, currentUser.ClientAddress ?? "(unknown)", settings.MailsPerAddressPerHour);
            return Unit.Value;
        }

        if (await accounts.StartPasswordResetAsync(email, cancellationToken) is not { } ticket)
        {
            logger.LogInformation("Password reset asked for {Email} from {ClientAddress}: no active account, nothing mailed",
                email.Value, currentUser.ClientAddress ?? "(unknown)");
            return Unit.Value;
        }

        var link = site.Link($"account/reset/{Uri.EscapeDataString(ticket.Token)}/");
        await outbox.QueueAsync(AccountMails.ResetLink(ticket.Profile, link, settings.LinkLifetime), cancellationToken);
        logger.LogInformation("Password reset link queued for user {UserId}, asked from {ClientAddress}", ticket.UserId, currentUser.ClientAddress ?? "(unknown)");
        return Unit.Value;
    }
}

public sealed class ForgotPasswordCommandValidator : AbstractValidator<ForgotPasswordCommand>
{
    public ForgotPasswordCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
    }
}
