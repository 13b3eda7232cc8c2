using Sched.Domain.Users;

namespace Sched.Application.Users.Commands.CreateUser;

/// <summary>Stores a new, active user and returns the new id.</summary>
public sealed record CreateUserCommand(string Email, string Password, string? DisplayName) : IRequest<string>;

public sealed class CreateUserCommandHandler(IIdentityService identity) : IRequestHandler<CreateUserCommand, string>
{
    public async Task<string> Handle(CreateUserCommand request, CancellationToken cancellationToken)
    {
        var displayName = string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName.Trim();
        var creation = await identity.CreateUserAsync(EmailAddress.Normalize(request.Email), request.Password, displayName, cancellationToken);
        return creation.UserId ?? throw new ValidationException(creation.Errors);
    }
}
