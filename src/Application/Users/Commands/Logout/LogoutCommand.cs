namespace Sched.Application.Users.Commands.Logout;

/// <summary>Ends the current user's session.</summary>
public sealed record LogoutCommand : IRequest<Unit>;

public sealed class LogoutCommandHandler(IIdentityService identity) : IRequestHandler<LogoutCommand, Unit>
{
    public async Task<Unit> Handle(LogoutCommand request, CancellationToken cancellationToken)
    {
        await identity.SignOutAsync();
        return Unit.Value;
    }
}
