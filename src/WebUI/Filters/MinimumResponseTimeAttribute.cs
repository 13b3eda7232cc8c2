using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Sched.WebUI.Filters;

/// <summary>
/// Answers no sooner than the given time after the action began, whatever it did. On a page that must
/// not tell whether an account exists (the forgotten-password form), the work done for a known address
/// (a token, a row in the outbox) would otherwise make its answer measurably slower than for an unknown one.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MinimumResponseTimeAttribute(int milliseconds) : Attribute, IAsyncActionFilter
{
    public TimeSpan Minimum { get; } = TimeSpan.FromMilliseconds(milliseconds);

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        await next();
        var remaining = Minimum - Stopwatch.GetElapsedTime(started);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, context.HttpContext.RequestAborted);
        }
    }
}
