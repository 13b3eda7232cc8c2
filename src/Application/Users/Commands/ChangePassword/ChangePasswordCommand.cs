using Sched.Application.Users.Common;

namespace Sched.Application.Users.Commands.ChangePassword;

/// <summary>
/// The current user replaces their password, proving the current one; every other session of
/// theirs ends, this one continues.
/// </summary>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword, string ConfirmNewPassword) : IRequest<Unit>;

public sealed class ChangePasswordCommandHandler(IIdentityService identity, ICurrentUser currentUser) : IRequestHandler<ChangePasswordCommand, Unit>
{
    public async Task<Unit> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new ForbiddenAccessException();
        var errors = await identity.ChangePasswordAsync(userId, request.CurrentPassword, request.NewPassword, cancellationToken);
        return errors.Count == 0 ? Unit.Value : throw new ValidationException(errors);
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
