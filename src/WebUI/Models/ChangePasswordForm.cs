using Sched.Application.Users.Commands.ChangePassword;

namespace Sched.WebUI.Models;

/// <summary>The change-password form.</summary>
public sealed class ChangePasswordForm : IFormModel
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmNewPassword { get; set; }

    public ChangePasswordCommand ToCommand() =>
        new(CurrentPassword ?? string.Empty, NewPassword ?? string.Empty, ConfirmNewPassword ?? string.Empty);
}
