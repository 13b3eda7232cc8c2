namespace Sched.Application.Users.Commands.Logout;

/// <summary>Ends the current user's session.</summary>
public sealed record LogoutCommand : IRequest<Unit>;

public sealed class LogoutCommandHandler(ISessionService sessions) : IRequestHandler<LogoutCommand, Unit>
{
    public async Task<Unit> Handle(LogoutCommand request, CancellationToken cancellationToken)
    {
        await sessions.SignOutAsync(cancellationToken);
        return Unit.Value;
    }
}
