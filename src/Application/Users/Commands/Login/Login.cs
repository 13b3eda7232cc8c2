namespace Sched.Application.Users.Commands.Login;

/// <summary>
/// Starts a session for a user whose credentials <see cref="Authenticate.AuthenticateCommand"/> just
/// checked; "remember me" keeps it across browser restarts.
/// </summary>
public sealed record LoginCommand(AuthenticatedUser User, bool RememberMe) : IRequest<Unit>;

public sealed class LoginCommandHandler(ISessionService sessions) : IRequestHandler<LoginCommand, Unit>
{
    public async Task<Unit> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        await sessions.SignInAsync(request.User.Id, request.RememberMe, cancellationToken);
        return Unit.Value;
    }
}
