using Sched.Application.Users.Common;

namespace Sched.Application.Users.Commands.ChangePassword;

/// <summary>
/// The current user replaces their password, proving the current one; every other session of
/// theirs ends, this one continues.
/// </summary>
[Authorize]
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword, string ConfirmNewPassword) : IRequest<Unit>;

public sealed class ChangePasswordCommandHandler(IAccountService accounts, ISessionService sessions, ICurrentUser currentUser)
    : IRequestHandler<ChangePasswordCommand, Unit>
{
    public async Task<Unit> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId();
        var errors = await accounts.ChangePasswordAsync(userId, request.CurrentPassword, request.NewPassword, cancellationToken);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        // This session is renewed with the new security stamp; every other one ends now.
        await sessions.EndSessionsAsync(userId, keepCurrent: true, cancellationToken);
        await sessions.RefreshAsync(userId, cancellationToken);
        return Unit.Value;
    }
}

public sealed class ChangePasswordCommandValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordCommandValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        RuleFor(c => c.NewPassword).ValidPassword();
        RuleFor(c => c.ConfirmNewPassword).Equal(c => c.NewPassword).WithMessage("The two passwords differ.");
    }
}
