using Sched.Domain.Users;

namespace Sched.Application.Users.Commands.Login;

/// <summary>Signs a person in with email and password; "remember me" keeps the session across browser restarts.</summary>
public sealed record LoginCommand(string Email, string Password, bool RememberMe) : IRequest<SignInOutcome>;

public sealed class LoginCommandHandler(IIdentityService identity, ICurrentUser currentUser, ILogger<LoginCommandHandler> logger)
    : IRequestHandler<LoginCommand, SignInOutcome>
{
    public async Task<SignInOutcome> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(request.Email);
        var outcome = await identity.PasswordSignInAsync(email, request.Password, request.RememberMe, cancellationToken);
        if (outcome != SignInOutcome.Succeeded)
        {
            // The email and address are logged to spot attacks; the password never is.
            logger.LogWarning("Failed login for {Email} from {ClientAddress}: {Outcome}", email, currentUser.ClientAddress ?? "(unknown)", outcome);
        }

        return outcome;
    }
}
