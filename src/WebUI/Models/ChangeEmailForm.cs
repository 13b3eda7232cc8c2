using Sched.Application.Users.Commands.RequestEmailChange;

namespace Sched.WebUI.Models;

/// <summary>The change-of-address form: the new address and the current password.</summary>
public sealed class ChangeEmailForm : IFormModel
{
    public string? NewEmail { get; set; }

    public string? CurrentPassword { get; set; }

    public RequestEmailChangeCommand ToCommand() => new(NewEmail ?? string.Empty, CurrentPassword ?? string.Empty);
}
