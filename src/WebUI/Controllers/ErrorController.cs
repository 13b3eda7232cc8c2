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
    /// The code is read from the path, not model-bound: binding would read a re-executed POST's form,
    /// which may carry its own "statusCode" or fail to parse (a %00) and leave the code at 0, an
    /// invalid HTTP status. Only error codes (400-599) have a page; other numbers are not found.
    /// </summary>
    [Route("{statusCode:int:range(400,599)}")]
    public IActionResult Status()
    {
        var statusCode = int.Parse((string)RouteData.Values["statusCode"]!, CultureInfo.InvariantCulture);
        var page = ErrorPage.For(statusCode);
        Response.StatusCode = page.StatusCode;
        return View(page);
    }
}
