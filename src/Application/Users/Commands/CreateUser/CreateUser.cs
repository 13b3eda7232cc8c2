using Sched.Application.Users.Common;

namespace Sched.Application.Users.Commands.CreateUser;

/// <summary>
/// Stores a new, active user and returns the new id (the command line's create-user). An operator made
/// the user, so the address counts as confirmed: they can log in at once.
/// </summary>
public sealed record CreateUserCommand(string Email, string Password, string? DisplayName) : IRequest<string>;

public sealed class CreateUserCommandHandler(IAccountService accounts) : IRequestHandler<CreateUserCommand, string>
{
    public Task<string> Handle(CreateUserCommand request, CancellationToken cancellationToken) =>
        accounts.CreateAsync(request.Email, request.Password, request.DisplayName, emailConfirmed: true, cancellationToken);
}

/// <summary>A well-formed email, a password of at least 8 characters, a bounded display name.</summary>
public sealed class CreateUserCommandValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).ValidPassword();
        RuleFor(c => c.DisplayName).ValidDisplayName();
    }
}
