using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Sched.WebUI.Filters;

/// <summary>
/// The one place where Application's outcomes become answers: a broken rule (or a form value
/// that could not be read) shows the same form again with each error beside its field; not found
/// is a 404 page and forbidden a 403 page (rendered by the status code pages); actions marked
/// <see cref="JsonStatusAttribute"/> get the same outcomes as JSON for their script.
/// </summary>
public sealed class ApplicationExceptionFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (!context.ModelState.IsValid && FormModel(context) is { } invalidForm && context.Controller is Controller page)
        {
            ForgetUnreadableCheckboxes(context.ModelState, invalidForm);
            context.Result = page.View(invalidForm);
            return;
        }

        var executed = await next();
        if (executed.Exception is not null && !executed.ExceptionHandled
            && context.ActionDescriptor.EndpointMetadata.OfType<JsonStatusAttribute>().Any()
            && AsJson(executed.Exception) is { } answer)
        {
            executed.Result = answer;
            executed.ExceptionHandled = true;
            return;
        }

        switch (executed.Exception)
        {
            case ValidationException validation when FormModel(context) is { } form && context.Controller is Controller controller:
                foreach (var (field, messages) in validation.Errors)
                {
                    foreach (var message in messages)
                    {
                        executed.ModelState.AddModelError(field, message);
                    }
                }

                executed.Result = controller.View(form);
                executed.ExceptionHandled = true;
                break;
            case ValidationException:
                executed.Result = new BadRequestResult();
                executed.ExceptionHandled = true;
                break;
            case NotFoundException:
                executed.Result = new NotFoundResult();
                executed.ExceptionHandled = true;
                break;
            case ForbiddenAccessException:
                executed.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                executed.ExceptionHandled = true;
                break;
        }
    }

    private static JsonResult? AsJson(Exception exception) => exception switch
    {
        NotFoundException => JsonStatusAttribute.Answer(StatusCodes.Status404NotFound, "Not Found"),
        ForbiddenAccessException => JsonStatusAttribute.Answer(StatusCodes.Status403Forbidden, "Forbidden"),
        ValidationException => JsonStatusAttribute.Answer(StatusCodes.Status400BadRequest, "Bad Request"),
        _ => null,
    };

    /// <summary>
    /// A checkbox posted with a value that is not true or false cannot be shown again as sent (the
    /// checkbox tag helper throws converting it), so it shows the form's value; its error message stays.
    /// </summary>
    private static void ForgetUnreadableCheckboxes(ModelStateDictionary modelState, object form)
    {
        foreach (var checkbox in form.GetType().GetProperties().Where(p => p.PropertyType == typeof(bool)))
        {
            if (modelState.TryGetValue(checkbox.Name, out var entry) && entry.ValidationState == ModelValidationState.Invalid)
            {
                entry.RawValue = null;
            }
        }
    }

    /// <summary>The bound form of a form-handling action: its one argument that is a form model.</summary>
    private static object? FormModel(ActionExecutingContext context) =>
        context.ActionArguments.Values.FirstOrDefault(v => v is IFormModel);
}
