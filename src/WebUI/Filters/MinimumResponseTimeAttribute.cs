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

        // A timer may fire a little early (whole milliseconds, a coarse clock): wait until the stopwatch agrees.
        for (var remaining = Minimum - Stopwatch.GetElapsedTime(started); remaining > TimeSpan.Zero; remaining = Minimum - Stopwatch.GetElapsedTime(started))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(remaining.TotalMilliseconds)), context.HttpContext.RequestAborted);
        }
    }
}
