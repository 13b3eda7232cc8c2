using Sched.Application.Users.Common;

namespace Sched.Application.Users.Commands.Register;

/// <summary>A visitor signs up: the user is created with the same rules as on the command line, then signed in.</summary>
public sealed record RegisterCommand(string Email, string? DisplayName, string Password, string ConfirmPassword) : IRequest<string>;

public sealed class RegisterCommandHandler(IAccountService accounts, ISessionService sessions) : IRequestHandler<RegisterCommand, string>
{
    public async Task<string> Handle(RegisterCommand request, CancellationToken cancellationToken)
    {
        var userId = await accounts.CreateAsync(request.Email, request.Password, request.DisplayName, cancellationToken);
        await sessions.SignInAsync(userId, persistent: false, cancellationToken);
        return userId;
    }
}

public sealed class RegisterCommandValidator : AbstractValidator<RegisterCommand>
{
    public RegisterCommandValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.DisplayName).ValidDisplayName();
        RuleFor(c => c.Password).ValidPassword();
        RuleFor(c => c.ConfirmPassword).Equal(c => c.Password).WithMessage("The two passwords differ.");
    }
}
