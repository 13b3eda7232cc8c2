using Sched.Application.Users.Commands.Register;

namespace Sched.WebUI.Models;

/// <summary>The registration form.</summary>
public sealed class RegisterForm : IFormModel
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }

    public RegisterCommand ToCommand() => new(Email ?? string.Empty, DisplayName, Password ?? string.Empty, ConfirmPassword ?? string.Empty);
}
