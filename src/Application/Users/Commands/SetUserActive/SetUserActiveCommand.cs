using Sched.Domain.Users;

namespace Sched.Application.Users.Commands.SetUserActive;

/// <summary>
/// Lets a user sign in again, or stops them (their data stays). An unknown email is
/// <see cref="NotFoundException"/>.
/// </summary>
public sealed record SetUserActiveCommand(string Email, bool Active) : IRequest<Unit>;

public sealed class SetUserActiveCommandHandler(IIdentityService identity) : IRequestHandler<SetUserActiveCommand, Unit>
{
    public async Task<Unit> Handle(SetUserActiveCommand request, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(request.Email);
        if (!await identity.SetActiveAsync(email, request.Active, cancellationToken))
        {
            throw new NotFoundException("User", email);
        }

        return Unit.Value;
    }
}
