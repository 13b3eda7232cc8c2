using Sched.Application.Users.Commands.ResetPassword;

namespace Sched.WebUI.Models;

/// <summary>The new-password form of a reset link; the token comes from the link's path.</summary>
public sealed class ResetPasswordForm : IFormModel
{
    public string? Token { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmNewPassword { get; set; }

    public ResetPasswordCommand ToCommand() => new(Token ?? string.Empty, NewPassword ?? string.Empty, ConfirmNewPassword ?? string.Empty);
}
