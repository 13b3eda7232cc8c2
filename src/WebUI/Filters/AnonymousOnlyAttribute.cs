using Microsoft.AspNetCore.Mvc.Filters;

namespace Sched.WebUI.Filters;

/// <summary>
/// Pages for visitors who are not signed in (login, registration) send a signed-in user on to their
/// appointments instead. For the POSTs this also means a sign-in never happens over a live session,
/// whose key the cookie handler would keep: every sign-in starts a session with a new key, so a
/// session cookie planted before login cannot ride the new session. An action filter, so the
/// antiforgery check and <see cref="RegistrationOpenAttribute"/> still answer first; ordered before
/// every other action filter.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class AnonymousOnlyAttribute : Attribute, IActionFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            context.Result = new RedirectToActionResult("Index", "Appointments", null);
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
