using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Sched.Application.Appointments.Common;
using Sched.WebUI.Security;

namespace Sched.WebUI.Controllers;

/// <summary>
/// Error pages, re-executed by the status code pages and the exception handler for any method,
/// so they take no antiforgery token and need no sign-in.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[Route("error")]
public sealed class ErrorController(CalendarImportSettings importSettings) : Controller
{
    /// <summary>
    /// The code is read from the path, not model-bound: binding would read a re-executed request's
    /// form, which may be the very thing refused (a body over the cap), carry its own "statusCode",
    /// or fail to parse (a %00) and leave the code at 0, an invalid HTTP status. Only error codes
    /// (400-599) have a page; other numbers are not found. A file too large for the
    /// import form gets that form again (<see cref="RequestLimits"/>).
    /// </summary>
    [Route("{statusCode:int:range(400,599)}")]
    public IActionResult Status()
    {
        var page = ErrorPage.For(Convert.ToInt32(RouteData.Values["statusCode"], CultureInfo.InvariantCulture));
        if (page.StatusCode == StatusCodes.Status413PayloadTooLarge
            && HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } original
            && RequestLimits.IsImport(Request.Method, original.OriginalPath))
        {
            // The import form again, the error beside its file field, still with the 413 status.
            Response.StatusCode = page.StatusCode;
            ModelState.AddModelError(nameof(ImportForm.File), importSettings.TooLarge);
            return View("~/Views/Appointments/Import.cshtml", new ImportForm());
        }

        Response.StatusCode = page.StatusCode;
        return View(page);
    }
}
