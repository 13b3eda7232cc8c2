using Sched.Application.Users.Common;
using Sched.Domain.Users;

namespace Sched.Application.Users.Commands.Authenticate;

/// <summary>
/// Are these the credentials of an active user (the 2013 app's <c>User.authenticate</c>)? The
/// credential step of login: a wrong password counts toward lockout, so this is a command. On
/// success it returns the proof that <see cref="Login.LoginCommand"/> takes to start a session; right
/// credentials of an account whose address waits for confirming (Sched:Account:RequireConfirmedEmail) give none.
/// </summary>
public sealed record AuthenticateCommand(string Email, string Password) : IRequest<AuthenticationResult>;

/// <summary>The outcome, and the proof of who signed in when it succeeded.</summary>
public sealed record AuthenticationResult(SignInOutcome Outcome, AuthenticatedUser? User);

public sealed class AuthenticateCommandHandler(
    IAccountService accounts, EmailConfirmationSettings confirmation, ICurrentUser currentUser, ILogger<AuthenticateCommandHandler> logger)
    : IRequestHandler<AuthenticateCommand, AuthenticationResult>
{
    public async Task<AuthenticationResult> Handle(AuthenticateCommand request, CancellationToken cancellationToken)
    {
        // No account can have a malformed address: it fails like any unknown email.
        var check = EmailAddress.TryParse(request.Email, out var email)
            ? await accounts.CheckCredentialsAsync(email, request.Password, cancellationToken)
            : CredentialCheck.Failed;
        if (check is { Outcome: SignInOutcome.Succeeded, UserId: { } userId })
        {
            // Only whoever gave the right password learns that the address waits for confirming.
            return confirmation.Required && !check.EmailConfirmed
                ? new AuthenticationResult(SignInOutcome.EmailNotConfirmed, null)
                : new AuthenticationResult(SignInOutcome.Succeeded, new AuthenticatedUser(userId));
        }

        // The email and address are logged to spot attacks; the password never is.
        logger.LogWarning("Failed login for {Email} from {ClientAddress}: {Outcome}",
            EmailAddress.Describe(request.Email), currentUser.ClientAddress ?? "(unknown)", check.Outcome);
        return new AuthenticationResult(check.Outcome, null);
    }
}

/// <summary>Both credentials must be given; whether they are right is the handler's answer.</summary>
public sealed class AuthenticateCommandValidator : AbstractValidator<AuthenticateCommand>
{
    public AuthenticateCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter your email.");
        RuleFor(c => c.Password).NotEmpty().WithMessage("Enter your password.");
    }
}
