using Microsoft.AspNetCore.Mvc.Filters;

namespace Sched.WebUI.Filters;

/// <summary>
/// Registration pages exist only while configuration <c>Sched:AllowRegistration</c> is not false;
/// otherwise they answer 404, as if there were no such page.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class RegistrationOpenAttribute : Attribute, IResourceFilter
{
    public const string ConfigurationKey = "Sched:AllowRegistration";

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var configuration = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>();
        if (!configuration.GetValue(ConfigurationKey, defaultValue: true))
        {
            context.Result = new NotFoundResult();
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
