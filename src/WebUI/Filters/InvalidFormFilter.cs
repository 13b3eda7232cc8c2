using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Sched.WebUI.Filters;

/// <summary>
/// A form value that could not even be read (a date that is no date, a checkbox that is neither true
/// nor false) shows the same form again with the error beside its field, before the action runs.
/// The rules themselves are Application's validators; this handles only what model binding refused.
/// </summary>
public sealed class InvalidFormFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (!context.ModelState.IsValid && FormModels.Of(context) is { } form && context.Controller is Controller page)
        {
            ForgetUnreadableCheckboxes(context.ModelState, form);
            context.Result = page.View(form);
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

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
}
