namespace Sched.Application.Users.Queries.Authenticate;

/// <summary>Both credentials must be given.</summary>
public sealed class AuthenticateQueryValidator : AbstractValidator<AuthenticateQuery>
{
    public AuthenticateQueryValidator()
    {
        RuleFor(q => q.Email).NotEmpty().WithMessage("Enter your email.");
        RuleFor(q => q.Password).NotEmpty().WithMessage("Enter your password.");
    }
}
