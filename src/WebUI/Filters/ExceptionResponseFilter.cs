using Microsoft.AspNetCore.Mvc.Filters;
using Sched.Application.Appointments.Common;

namespace Sched.WebUI.Filters;

/// <summary>
/// The one place where Application's exceptions become answers, from one table. A broken rule shows
/// the same form again with each error beside its field (a request without a form gets 400); overlaps
/// not yet confirmed show the form again with a warning that lists them (without a form, 409); not
/// found is a 404 page (rendered by the status code pages), also for another user's records; not
/// signed in is the login page. Actions marked <see cref="JsonStatusAttribute"/> get the same outcomes as JSON.
/// </summary>
public sealed class ExceptionResponseFilter : IAsyncActionFilter
{
    private static readonly Dictionary<Type, (int StatusCode, string Status)> Responses = new()
    {
        [typeof(ValidationException)] = (StatusCodes.Status400BadRequest, "Bad Request"),
        [typeof(NotSignedInException)] = (StatusCodes.Status401Unauthorized, "Unauthorized"),
        [typeof(NotFoundException)] = (StatusCodes.Status404NotFound, "Not Found"),
        [typeof(OverlapsFoundException)] = (StatusCodes.Status409Conflict, "Conflict"),
    };

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not { } exception || executed.ExceptionHandled
            || !Responses.TryGetValue(exception.GetType(), out var response))
        {
            return;
        }

        executed.Result = context.ActionDescriptor.EndpointMetadata.OfType<JsonStatusAttribute>().Any()
            ? JsonStatusAttribute.Answer(response.StatusCode, response.Status)
            : exception switch
            {
                ValidationException validation when FormModels.Of(context) is { } form && context.Controller is Controller page =>
                    ShowFormAgain(page, form, validation),
                OverlapsFoundException overlaps when FormModels.Of(context) is { } form && context.Controller is Controller page =>
                    ShowFormWithWarning(page, form, overlaps),
                NotSignedInException => new ChallengeResult(),
                _ => new StatusCodeResult(response.StatusCode),
            };
        executed.ExceptionHandled = true;
    }

    private static ViewResult ShowFormAgain(Controller page, object form, ValidationException validation)
    {
        foreach (var (field, messages) in validation.Errors)
        {
            foreach (var message in messages)
            {
                page.ModelState.AddModelError(field, message);
            }
        }

        return page.View(form);
    }

    /// <summary>The form as sent, with the overlap warning and its "Save anyway" button (see <see cref="OverlapWarning"/>).</summary>
    private static ViewResult ShowFormWithWarning(Controller page, object form, OverlapsFoundException overlaps)
    {
        page.ViewData[OverlapWarning.ViewDataKey] = new OverlapWarning(overlaps.Overlaps, overlaps.More);
        return page.View(form);
    }
}
