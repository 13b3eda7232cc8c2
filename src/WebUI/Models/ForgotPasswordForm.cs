using Sched.Application.Users.Commands.ForgotPassword;

namespace Sched.WebUI.Models;

/// <summary>The forgotten-password form: the email to send a reset link to.</summary>
public sealed class ForgotPasswordForm : IFormModel
{
    public string? Email { get; set; }

    public ForgotPasswordCommand ToCommand() => new(Email ?? string.Empty);
}
