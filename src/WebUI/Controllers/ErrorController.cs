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
    [Route("{statusCode:int}")]
    public IActionResult Status(int statusCode)
    {
        var page = ErrorPage.For(statusCode);
        Response.StatusCode = page.StatusCode;
        return View(page);
    }
}
