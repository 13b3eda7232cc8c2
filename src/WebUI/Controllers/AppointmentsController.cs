namespace Sched.WebUI.Controllers;

/// <summary>The signed-in user's appointments.</summary>
[Route("appointments")]
public sealed class AppointmentsController : Controller
{
    [HttpGet("/")]
    public IActionResult Home() => RedirectToAction(nameof(Index));

    [HttpGet("")]
    public IActionResult Index() => View();
}
