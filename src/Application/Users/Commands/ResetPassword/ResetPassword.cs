using Sched.Application.Common.Time;
using Sched.Application.Users.Common;

namespace Sched.Application.Users.Commands.ResetPassword;

/// <summary>
/// Sets a new password from a reset link. The link works once; using it ends every session of the
/// user, clears their lockout, and mails them a notice that their password was changed.
/// </summary>
public sealed record ResetPasswordCommand(string Token, string NewPassword, string ConfirmNewPassword) : IRequest<Unit>;

public sealed class ResetPasswordCommandHandler(
    IAccountService accounts, ISessionService sessions, PublicSite site, DefaultTimeZone defaultZone, TimeProvider clock,
    ICurrentUser currentUser, ILogger<ResetPasswordCommandHandler> logger)
    : IRequestHandler<ResetPasswordCommand, Unit>
{
    public async Task<Unit> Handle(ResetPasswordCommand request, CancellationToken cancellationToken)
    {
        var ticket = await accounts.FindPasswordResetAsync(request.Token, cancellationToken)
            ?? throw new ValidationException(string.Empty, AccountRules.ResetLinkNoLongerWorks);
        var notice = AccountMails.PasswordChanged(
            ticket.Profile, clock.GetUtcNow(), defaultZone.For(ticket.Profile.TimeZoneId), site.Link("account/forgot/"));
        var errors = await accounts.ResetPasswordAsync(request.Token, request.NewPassword, notice, cancellationToken);
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        await sessions.EndSessionsAsync(ticket.UserId, keepCurrent: false, cancellationToken);
        logger.LogInformation("Password of user {UserId} reset from {ClientAddress}; every session ended", ticket.UserId, currentUser.ClientAddress ?? "(unknown)");
        return Unit.Value;
    }
}

public sealed class ResetPasswordCommandValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordCommandValidator()
    {
        RuleFor(c => c.NewPassword).ValidPassword();
        RuleFor(c => c.ConfirmNewPassword).Equal(c => c.NewPassword).WithMessage("The two passwords differ.");
    }
}
