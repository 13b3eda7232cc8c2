using Sched.Application.Users.Common;

namespace Sched.Application.Users.Commands.CreateUser;

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
