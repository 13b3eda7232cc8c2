using Sched.Application.Users.Common;

namespace Sched.Application.Users.Commands.ChangePassword;

/// <summary>
/// The current user replaces their password, proving the current one; every other session of
/// theirs ends, this one continues, and they are mailed a notice that their password was changed.
/// </summary>
[Authorize]
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword, string ConfirmNewPassword) : IRequest<Unit>;

public sealed class ChangePasswordCommandHandler(
    IAccountService accounts, ISessionService sessions, ICurrentUser currentUser, PublicSite site, TimeProvider clock)
    : IRequestHandler<ChangePasswordCommand, Unit>
{
    public async Task<Unit> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId();
        var profile = await accounts.GetProfileAsync(userId, cancellationToken) 
            ?? throw new ValidationException(string.Empty, "Your account no longer exists.");
        var notice = AccountMails.PasswordChanged(profile, clock.GetUtcNow(), currentUser.TimeZone, site.Link("account/forgot/"));
        var errors = await accounts.ChangePasswordAsync(userId, request.CurrentPassword, request.NewPassword, notice, cancellationToken);
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
