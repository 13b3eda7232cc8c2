using Sched.Application.CalendarFeeds.Commands.RegenerateCalendarFeed;
using Sched.Application.CalendarFeeds.Commands.TurnOffCalendarFeed;
using Sched.Application.Users.Commands.Logout;
using Sched.Application.Users.Commands.Register;
using Sched.Application.Users.Queries.CheckConfirmLink;
using Sched.Application.Users.Queries.CheckEmailChangeLink;
using Sched.Application.Users.Queries.CheckResetLink;
using Sched.Application.Users.Queries.GetProfile;
using Microsoft.AspNetCore.RateLimiting;
using Sched.WebUI.Filters;
using Sched.WebUI.Security;

namespace Sched.WebUI.Controllers;

/// <summary>
/// Signing in and out (the 2013 app's <c>/login/</c> and <c>/logout/</c>), registering and confirming an
/// address, the account pages (profile, calendar feed, address, password), and resetting a forgotten password.
/// </summary>
public sealed class AccountController(IMediator mediator) : Controller
{
    /// <summary>The one answer to every failed login, so it never tells which part was wrong.</summary>
    public const string IncorrectCredentials = "Incorrect username or password.";

    /// <summary>
    /// How long a form that must not tell whether an account uses an address takes to answer at least
    /// (forgotten password, registration, "send the link again", a new address): the work done for a
    /// known address would otherwise show in the time (ADRs 0021 and 0025).
    /// </summary>
    public const int SameAnswerMilliseconds = 500;

    [AllowAnonymous]
    [AnonymousOnly]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [AnonymousOnly]
    [EnableRateLimiting(RequestLimits.SignInPolicy)]
    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken cancellationToken)
    {
        var authentication = await mediator.Send(form.ToAuthenticateCommand(), cancellationToken);
        if (authentication.Outcome == SignInOutcome.EmailNotConfirmed)
        {
            return View(nameof(SendConfirmationAgain), new SendConfirmationAgainForm { Email = form.Email });
        }

        if (authentication.User is not { } user)
        {
            ModelState.AddModelError(string.Empty, IncorrectCredentials);
            return View(form);
        }

        await mediator.Send(form.ToLoginCommand(user), cancellationToken);
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
    [AnonymousOnly]
    [RegistrationOpen]
    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterForm());

    [AllowAnonymous]
    [AnonymousOnly]
    [RegistrationOpen]
    [EnableRateLimiting(RequestLimits.SignInPolicy)]
    [MinimumResponseTime(SameAnswerMilliseconds)]
    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterForm form, CancellationToken cancellationToken)
    {
        if (await mediator.Send(form.ToCommand(), cancellationToken) == RegistrationOutcome.ConfirmationMailed)
        {
            return View("RegisterSent");
        }

        TempData.Flash(FlashCategory.Success, "Welcome to sched! Your account is ready.");
        return RedirectToAction(nameof(AppointmentsController.Index), "Appointments");
    }

    [AllowAnonymous]
    [AnonymousOnly]
    [EnableRateLimiting(RequestLimits.ConfirmationMailPolicy)]
    [MinimumResponseTime(SameAnswerMilliseconds)]
    [HttpPost("account/confirm-again")]
    public async Task<IActionResult> SendConfirmationAgain(SendConfirmationAgainForm form, CancellationToken cancellationToken)
    {
        await mediator.Send(form.ToCommand(), cancellationToken);
        return View("ConfirmationSentAgain");
    }

    [AllowAnonymous]
    [HttpGet("account/confirm/{token}")]
    public async Task<IActionResult> Confirm(string token, CancellationToken cancellationToken) =>
        await mediator.Send(new CheckConfirmLinkQuery(token), cancellationToken)
            ? View(new ConfirmLinkForm { Token = token })
            : View("ConfirmLinkInvalid");

    [AllowAnonymous]
    [EnableRateLimiting(RequestLimits.SignInPolicy)]
    [HttpPost("account/confirm/{token}")]
    public async Task<IActionResult> Confirm(ConfirmLinkForm form, CancellationToken cancellationToken)
    {
        await mediator.Send(form.ToConfirmEmailCommand(), cancellationToken);
        TempData.Flash(FlashCategory.Success, "Your address is confirmed. Log in to start.");
        return RedirectToAction(nameof(Login));
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

    /// <summary>Turns the calendar feed on, or gives it a new URL; the account page shows the new URL this once.</summary>
    [HttpPost("account/feed")]
    public async Task<IActionResult> RegenerateFeed(CancellationToken cancellationToken)
    {
        TempData.KeepNewFeedToken(await mediator.Send(new RegenerateCalendarFeedCommand(), cancellationToken));
        TempData.Flash(FlashCategory.Success, "Your calendar feed has a new address; any old one no longer works.");
        return RedirectToAction(nameof(Profile));
    }

    [HttpPost("account/feed/off")]
    public async Task<IActionResult> TurnOffFeed(CancellationToken cancellationToken)
    {
        await mediator.Send(new TurnOffCalendarFeedCommand(), cancellationToken);
        TempData.Flash(FlashCategory.Success, "Your calendar feed is off; its address no longer works.");
        return RedirectToAction(nameof(Profile));
    }


    [AllowAnonymous]
    [HttpGet("account/forgot")]
    public IActionResult Forgot() => View(new ForgotPasswordForm());

    [AllowAnonymous]
    [EnableRateLimiting(RequestLimits.PasswordResetPolicy)]
    [MinimumResponseTime(SameAnswerMilliseconds)]
    [HttpPost("account/forgot")]
    public async Task<IActionResult> Forgot(ForgotPasswordForm form, CancellationToken cancellationToken)
    {
        await mediator.Send(form.ToCommand(), cancellationToken);
        return View("ForgotSent");
    }

    [AllowAnonymous]
    [HttpGet("account/reset/{token}")]
    public async Task<IActionResult> Reset(string token, CancellationToken cancellationToken) =>
        await mediator.Send(new CheckResetLinkQuery(token), cancellationToken)
            ? View(new ResetPasswordForm { Token = token })
            : View("ResetLinkInvalid");

    [AllowAnonymous]
    [EnableRateLimiting(RequestLimits.SignInPolicy)]
    [HttpPost("account/reset/{token}")]
    public async Task<IActionResult> Reset(ResetPasswordForm form, CancellationToken cancellationToken)
    {
        await mediator.Send(form.ToCommand(), cancellationToken);
        TempData.Flash(FlashCategory.Success, "Your password is changed, and every session of yours was signed out. Log in with the new one.");
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("account/email")]
    public IActionResult Email() => View(new ChangeEmailForm());

    [EnableRateLimiting(RequestLimits.ConfirmationMailPolicy)]
    [MinimumResponseTime(SameAnswerMilliseconds)]
    [HttpPost("account/email")]
    public async Task<IActionResult> Email(ChangeEmailForm form, CancellationToken cancellationToken)
    {
        await mediator.Send(form.ToCommand(), cancellationToken);
        TempData.Flash(FlashCategory.Success, "We have mailed a link to the new address. Your address changes when you open it.");
        return RedirectToAction(nameof(Profile));
    }

    [AllowAnonymous]
    [HttpGet("account/confirm-email/{token}")]
    public async Task<IActionResult> ConfirmEmail(string token, CancellationToken cancellationToken) =>
        await mediator.Send(new CheckEmailChangeLinkQuery(token), cancellationToken) is { } newEmail
            ? View(new ConfirmLinkForm { Token = token, NewEmail = newEmail })
            : View("ConfirmLinkInvalid");

    [AllowAnonymous]
    [EnableRateLimiting(RequestLimits.SignInPolicy)]
    [HttpPost("account/confirm-email/{token}")]
    public async Task<IActionResult> ConfirmEmail(ConfirmLinkForm form, CancellationToken cancellationToken)
    {
        var newEmail = await mediator.Send(form.ToConfirmEmailChangeCommand(), cancellationToken);
        TempData.Flash(FlashCategory.Success, $"Your address is now {newEmail}, and every session of yours was signed out. Log in with the new address.");
        return RedirectToAction(nameof(Login));
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
