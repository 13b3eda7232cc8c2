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
    /// <summary>
    /// The code is read from the path, not model-bound: binding would read a re-executed request's
    /// form, which may be the very thing refused (a body over the cap), carry its own "statusCode",
    /// or fail to parse (a %00) and leave the code at 0, an invalid HTTP status. Only error codes
    /// (400-599) have a page; other numbers are not found.
    /// </summary>
    [Route("{statusCode:int:range(400,599)}")]
    public IActionResult Status()
    {
        var page = ErrorPage.For(Convert.ToInt32(RouteData.Values["statusCode"], CultureInfo.InvariantCulture));
        Response.StatusCode = page.StatusCode;
        return View(page);
    }
}
