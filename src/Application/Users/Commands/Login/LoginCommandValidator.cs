namespace Sched.Application.Users.Commands.Login;

/// <summary>Both credentials must be given; whether they are right is the handler's answer.</summary>
public sealed class LoginCommandValidator : AbstractValidator<LoginCommand>
{
    public LoginCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().WithMessage("Enter your email.");
        RuleFor(c => c.Password).NotEmpty().WithMessage("Enter your password.");
    }
}
