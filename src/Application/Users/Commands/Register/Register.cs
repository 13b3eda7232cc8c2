using Sched.Application.Users.Common;
using Sched.Domain.Users;

namespace Sched.Application.Users.Commands.Register;

/// <summary>
/// A visitor signs up with the same rules as on the command line. With Sched:Account:RequireConfirmedEmail
/// (the default) the account waits for its address to be confirmed through a mailed link, and an address
/// that already has an account gets the same answer: its owner is mailed a notice instead, so the answer
/// never tells who has an account. Without it, the new user is signed in at once.
/// </summary>
public sealed record RegisterCommand(string Email, string? DisplayName, string Password, string ConfirmPassword) : IRequest<RegistrationOutcome>;

/// <summary>What the visitor is told: signed in, or to look for the mail.</summary>
public enum RegistrationOutcome
{
    SignedIn,
    ConfirmationMailed,
}

public sealed class RegisterCommandHandler(IAccountService accounts, ISessionService sessions, EmailConfirmationSettings confirmation, AddressMails mails)
    : IRequestHandler<RegisterCommand, RegistrationOutcome>
{
    public async Task<RegistrationOutcome> Handle(RegisterCommand request, CancellationToken cancellationToken)
    {
        if (!confirmation.Required)
        {
            // Nobody confirmed the address: should confirmation be required later, this user is asked to.
            var userId = await accounts.CreateAsync(request.Email, request.Password, request.DisplayName, emailConfirmed: false, cancellationToken);
            await sessions.SignInAsync(userId, persistent: false, cancellationToken);
            return RegistrationOutcome.SignedIn;
        }

        var email = EmailAddress.Parse(request.Email);
        var creation = await accounts.CreateAsync(
            email, request.Password, AccountRules.DisplayNameOrNull(request.DisplayName), emailConfirmed: false, cancellationToken);
        if (creation.EmailTaken)
        {
            await mails.TellOwnerItIsInUseAsync(email, cancellationToken);
        }
        else if (creation.UserId is null)
        {
            throw new ValidationException(creation.Errors);
        }
        else
        {
            await mails.SendConfirmationLinkAsync(email, cancellationToken);
        }

        return RegistrationOutcome.ConfirmationMailed;
    }
}

public sealed class RegisterCommandValidator : AbstractValidator<RegisterCommand>
{
    public RegisterCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.DisplayName).ValidDisplayName();
        RuleFor(c => c.Password).ValidPassword();
        RuleFor(c => c.ConfirmPassword).Equal(c => c.Password).WithMessage("The two passwords differ.");
    }
}
