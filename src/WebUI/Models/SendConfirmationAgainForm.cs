using Sched.Application.Users.Commands.SendConfirmationAgain;

namespace Sched.WebUI.Models;

/// <summary>"Send the link again", offered to someone who logged in before confirming their address.</summary>
public sealed class SendConfirmationAgainForm : IFormModel
{
    public string? Email { get; set; }

    public SendConfirmationAgainCommand ToCommand() => new(Email ?? string.Empty);
}
