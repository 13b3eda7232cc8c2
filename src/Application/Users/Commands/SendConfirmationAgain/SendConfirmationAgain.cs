using Sched.Application.Users.Common;
using Sched.Domain.Users;

namespace Sched.Application.Users.Commands.SendConfirmationAgain;

/// <summary>
/// Someone asks for the confirmation link again (offered when they log in before confirming). The answer
/// is the same whoever asks: a link goes only to an active account whose address waits for confirming,
/// within the per-address limit.
/// </summary>
public sealed record SendConfirmationAgainCommand(string Email) : IRequest<Unit>;

public sealed class SendConfirmationAgainCommandHandler(AddressMails mails) : IRequestHandler<SendConfirmationAgainCommand, Unit>
{
    public async Task<Unit> Handle(SendConfirmationAgainCommand request, CancellationToken cancellationToken)
    {
        await mails.SendConfirmationLinkAsync(EmailAddress.Parse(request.Email), cancellationToken);
        return Unit.Value;
    }
}

public sealed class SendConfirmationAgainCommandValidator : AbstractValidator<SendConfirmationAgainCommand>
{
    public SendConfirmationAgainCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
    }
}
