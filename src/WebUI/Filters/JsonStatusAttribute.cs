namespace Sched.WebUI.Filters;

/// <summary>
/// Marks an action that a page script calls: its outcomes are answered as JSON
/// <c>{"status": "OK" | "Not Found" | …}</c> (the status code's name) instead of error pages.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class JsonStatusAttribute : Attribute
{
    public static JsonResult Ok() => Answer(StatusCodes.Status200OK, "OK");

    public static JsonResult Answer(int statusCode, string status) => new(new { status }) { StatusCode = statusCode };
}
