using Sched.Application.Appointments.Commands.ConfirmImport;
using Sched.Application.Appointments.Commands.DeleteAppointment;
using Sched.Application.Appointments.Queries.ExportAppointments;
using Sched.Application.Appointments.Queries.GetAppointment;
using Sched.Application.Appointments.Queries.GetAppointments;
using Sched.WebUI.Filters;

namespace Sched.WebUI.Controllers;

/// <summary>The signed-in user's appointments, at the 2013 app's URLs. Every rule lives in the handlers.</summary>
[Route("appointments")]
public sealed class AppointmentsController(IMediator mediator) : Controller
{
    [HttpGet("/")]
    public IActionResult Home() => RedirectToAction(nameof(Index));

    /// <summary>The list: <paramref name="show"/> is upcoming (the default), past or all; <paramref name="q"/> searches it.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, string? show = null, string? q = null, CancellationToken cancellationToken = default)
    {
        var list = await mediator.Send(new GetAppointmentsQuery(page, Show: show, Search: q), cancellationToken);
        var view = View(list);
        view.StatusCode = list.SearchRefused is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return view;
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Detail(int id, CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetAppointmentQuery(id), cancellationToken));

    /// <summary>Every appointment of the user as one iCalendar file, downloaded (Content-Disposition: attachment).</summary>
    [HttpGet("export.ics")]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new ExportAppointmentsQuery(), cancellationToken);
        return File(file.Content, CalendarFile.ContentType, file.FileName);
    }

    [HttpGet("import")]
    public IActionResult Import() => View(new ImportForm());

    /// <summary>Reads the chosen file and shows what confirming would store; nothing is stored yet.</summary>
    [HttpPost("import")]
    public async Task<IActionResult> Import(ImportForm form, CancellationToken cancellationToken) =>
        View("ImportPreview", await mediator.Send(await form.ToPreviewCommandAsync(cancellationToken), cancellationToken));

    /// <summary>The preview's confirm button; named Import so that a preview gone stale shows the import form again.</summary>
    [HttpPost("import/confirm")]
    [ActionName(nameof(Import))]
    public async Task<IActionResult> ConfirmImport(ImportForm form, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(form.ToConfirmCommand(), cancellationToken);
        TempData.Flash(FlashCategory.Success, Imported(outcome));
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new AppointmentForm());

    [HttpPost("create")]
    public async Task<IActionResult> Create(AppointmentForm form, CancellationToken cancellationToken)
    {
        await mediator.Send(form.ToCreateCommand(), cancellationToken);
        TempData.Flash(FlashCategory.Success, "Appointment created.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        View(AppointmentForm.From(await mediator.Send(new GetAppointmentQuery(id), cancellationToken)));

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, AppointmentForm form, CancellationToken cancellationToken)
    {
        await mediator.Send(form.ToUpdateCommand(id), cancellationToken);
        TempData.Flash(FlashCategory.Success, "Appointment updated.");
        return RedirectToAction(nameof(Detail), new { id });
    }

    /// <summary>The confirmation page of the delete control when scripts do not run.</summary>
    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        View(await mediator.Send(new GetAppointmentQuery(id), cancellationToken));

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> ConfirmDelete(int id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteAppointmentCommand(id), cancellationToken);
        TempData.Flash(FlashCategory.Success, "Appointment deleted.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The detail page's script deletes with HTTP DELETE and reads the JSON status.</summary>
    [HttpDelete("{id:int}/delete")]
    [JsonStatus]
    public async Task<IActionResult> DeleteFromScript(int id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteAppointmentCommand(id), cancellationToken);
        TempData.Flash(FlashCategory.Success, "Appointment deleted.");
        return JsonStatusAttribute.Ok();
    }

    /// <summary>"Imported 12 appointments.", and how many of them were already here (matched by UID: updated, not added).</summary>
    private static string Imported(ImportOutcome outcome)
    {
        var imported = $"Imported {outcome.Imported:N0} appointment{(outcome.Imported == 1 ? string.Empty : "s")}";
        return outcome.AlreadyThere == 0 ? $"{imported}." : $"{imported} ({outcome.AlreadyThere:N0} already here: updated, not added again).";
    }
}
