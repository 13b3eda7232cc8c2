using Microsoft.AspNetCore.Mvc.Filters;

namespace Sched.WebUI.Filters;

/// <summary>Finds the bound form of a form-handling action: its one argument that is an <see cref="IFormModel"/>.</summary>
internal static class FormModels
{
    public static object? Of(ActionExecutingContext context) =>
        context.ActionArguments.Values.FirstOrDefault(v => v is IFormModel);
}
