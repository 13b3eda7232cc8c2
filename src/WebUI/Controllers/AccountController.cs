using Sched.Application.Users.Commands.Logout;

namespace Sched.WebUI.Controllers;

/// <summary>Signing in and out (the 2013 app's <c>/login/</c> and <c>/logout/</c>).</summary>
public sealed class AccountController(IMediator mediator) : Controller
{
    /// <summary>The one answer to every failed login, so it never tells which part was wrong.</summary>
    public const string IncorrectCredentials = "Incorrect username or password.";

    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) =>
        User.Identity?.IsAuthenticated == true
            ? RedirectToAction(nameof(AppointmentsController.Index), "Appointments")
            : View(new LoginForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken cancellationToken)
    {
        if (await mediator.Send(form.ToCommand(), cancellationToken) != SignInOutcome.Succeeded)
        {
            ModelState.AddModelError(string.Empty, IncorrectCredentials);
            return View(form);
        }

        return Url.IsLocalUrl(form.ReturnUrl)
            ? Redirect(form.ReturnUrl)
            : RedirectToAction(nameof(AppointmentsController.Index), "Appointments");
    }

    [AllowAnonymous]
    [HttpPost("logout")]
    public async Task<IActionResult> Logout(CancellationToken cancellationToken)
    {
        await mediator.Send(new LogoutCommand(), cancellationToken);
        TempData.Flash(FlashCategory.Info, "You have been logged out.");
        return RedirectToAction(nameof(Login));
    }
}
