using System.Globalization;

namespace Sched.WebUI.Controllers;

/// <summary>
/// Error pages, re-executed by the status code pages and the exception handler for any method,
/// so they take no antiforgery token and need no sign-in.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[Route("error")]
public sealed class ErrorController : Controller
{
    /// <remarks>
    /// The code is read from the route, not bound: binding first reads the failed request's form,
    /// which may be the very thing refused (a body over the cap), and then binds nothing.
    /// </remarks>
    [Route("{statusCode:int}")]
    public IActionResult Status()
    {
        var page = ErrorPage.For(Convert.ToInt32(RouteData.Values["statusCode"], CultureInfo.InvariantCulture));
        Response.StatusCode = page.StatusCode;
        return View(page);
    }
}
