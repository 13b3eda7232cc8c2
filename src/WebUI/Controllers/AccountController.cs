using Sched.Application.Users.Commands.Logout;
using Sched.Application.Users.Queries.GetProfile;
using Microsoft.AspNetCore.RateLimiting;
using Sched.WebUI.Filters;
using Sched.WebUI.Security;

namespace Sched.WebUI.Controllers;

/// <summary>Signing in and out (the 2013 app's <c>/login/</c> and <c>/logout/</c>), registering, and the account pages.</summary>
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
    [EnableRateLimiting(RequestLimits.SignInPolicy)]
    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken cancellationToken)
    {
        // Signing in over a live session would keep that session's key (the cookie handler renews it),
        // so a session cookie planted before login would ride the new session. As the GET does,
        // send a signed-in visitor on; every sign-in thus starts a session with a new key.
        if (User.Identity?.IsAuthenticated == true)
        {
            return RedirectToAction(nameof(AppointmentsController.Index), "Appointments");
        }

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

    [AllowAnonymous]
    [RegistrationOpen]
    [HttpGet("register")]
    public IActionResult Register() =>
        User.Identity?.IsAuthenticated == true
            ? RedirectToAction(nameof(AppointmentsController.Index), "Appointments")
            : View(new RegisterForm());

    [AllowAnonymous]
    [RegistrationOpen]
    [EnableRateLimiting(RequestLimits.SignInPolicy)]
    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterForm form, CancellationToken cancellationToken)
    {
        // As for login: never sign in over a live session.
        if (User.Identity?.IsAuthenticated == true)
        {
            return RedirectToAction(nameof(AppointmentsController.Index), "Appointments");
        }

        await mediator.Send(form.ToCommand(), cancellationToken);
        TempData.Flash(FlashCategory.Success, "Welcome to sched! Your account is ready.");
        return RedirectToAction(nameof(AppointmentsController.Index), "Appointments");
    }

    [HttpGet("account")]
    public async Task<IActionResult> Profile(CancellationToken cancellationToken) =>
        View(ProfileForm.From(await mediator.Send(new GetProfileQuery(), cancellationToken)));

    [HttpPost("account")]
    public async Task<IActionResult> Profile(ProfileForm form, CancellationToken cancellationToken)
    {
        await mediator.Send(form.ToCommand(), cancellationToken);
        TempData.Flash(FlashCategory.Success, "Your account is saved.");
        return RedirectToAction(nameof(Profile));
    }

    [HttpGet("account/password")]
    public IActionResult Password() => View(new ChangePasswordForm());

    [HttpPost("account/password")]
    public async Task<IActionResult> Password(ChangePasswordForm form, CancellationToken cancellationToken)
    {
        await mediator.Send(form.ToCommand(), cancellationToken);
        TempData.Flash(FlashCategory.Success, "Your password is changed. Your other sessions have been signed out.");
        return RedirectToAction(nameof(Profile));
    }
}
