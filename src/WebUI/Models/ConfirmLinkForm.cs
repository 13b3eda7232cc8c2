using Sched.Application.Users.Commands.ConfirmEmail;
using Sched.Application.Users.Commands.ConfirmEmailChange;

namespace Sched.WebUI.Models;

/// <summary>
/// The one button of a confirmation link's page; the token comes from the link's path. Opening a link
/// changes nothing (a mail scanner that follows links confirms nobody's address): the button does.
/// </summary>
public sealed class ConfirmLinkForm : IFormModel
{
    public string? Token { get; set; }

    /// <summary>For a change of address, the address the link makes the account's (shown on the page).</summary>
    public string? NewEmail { get; set; }

    public ConfirmEmailCommand ToConfirmEmailCommand() => new(Token ?? string.Empty);

    public ConfirmEmailChangeCommand ToConfirmEmailChangeCommand() => new(Token ?? string.Empty);
}
