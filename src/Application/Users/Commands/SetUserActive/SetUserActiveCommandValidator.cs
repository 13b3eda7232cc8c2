namespace Sched.Application.Users.Commands.SetUserActive;

/// <summary>The user is named by email.</summary>
public sealed class SetUserActiveCommandValidator : AbstractValidator<SetUserActiveCommand>
{
    public SetUserActiveCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter an email address.");
    }
}
