using Sched.Application.Users.Common;
using Sched.Domain.Users;

namespace Sched.Application.Users.Commands.RequestEmailChange;

/// <summary>
/// The current user asks to change their address, proving their password. A link that makes the change
/// goes to the new address, and a notice to the old one; nothing changes until the link is opened. When
/// another account already uses the new address, the answer and the notice are the same, nothing changes,
/// and that address's owner is told instead of getting a link.
/// </summary>
[Authorize]
public sealed record RequestEmailChangeCommand(string NewEmail, string CurrentPassword) : IRequest<Unit>;

public sealed class RequestEmailChangeCommandHandler(
    IAccountService accounts, AddressMails mails, IMailOutbox outbox, ICurrentUser currentUser, PublicSite site, TimeProvider clock)
    : IRequestHandler<RequestEmailChangeCommand, Unit>
{
    public async Task<Unit> Handle(RequestEmailChangeCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId();
        if (!await accounts.CheckPasswordAsync(userId, request.CurrentPassword, cancellationToken))
        {
            throw new ValidationException("CurrentPassword", "That is not your current password.");
        }

        var profile = await accounts.GetProfileAsync(userId, cancellationToken)
            ?? throw new ValidationException(string.Empty, "Your account no longer exists.");
        var newEmail = EmailAddress.Parse(request.NewEmail);
        if (newEmail.Value == profile.Email)
        {
            throw new ValidationException("NewEmail", "That is already your address.");
        }

        if (!await mails.TellOwnerItIsInUseAsync(newEmail, cancellationToken)
            && await accounts.StartEmailChangeAsync(userId, newEmail, cancellationToken) is { } ticket)
        {
            await mails.SendEmailChangeLinkAsync(ticket, cancellationToken);
        }

        await outbox.QueueAsync(
            AccountMails.EmailChangeRequested(profile, newEmail, clock.GetUtcNow(), currentUser.TimeZone, site.Link("account/forgot/")), cancellationToken);
        return Unit.Value;
    }
}

public sealed class RequestEmailChangeCommandValidator : AbstractValidator<RequestEmailChangeCommand>
{
    public RequestEmailChangeCommandValidator()
    {
        RuleFor(c => c.NewEmail).ValidEmail();
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
    }
}
