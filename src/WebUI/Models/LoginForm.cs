using Sched.Application.Users.Commands.Authenticate;
using Sched.Application.Users.Commands.Login;

namespace Sched.WebUI.Models;

/// <summary>The login form: email, password, remember me, and the page to go back to.</summary>
public sealed class LoginForm : IFormModel
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }

    public AuthenticateCommand ToAuthenticateCommand() => new(Email ?? string.Empty, Password ?? string.Empty);

    public LoginCommand ToLoginCommand(AuthenticatedUser user) => new(user, RememberMe);
}
