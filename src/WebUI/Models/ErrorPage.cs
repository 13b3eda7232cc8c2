namespace Sched.WebUI.Models;

/// <summary>What an error page says for an HTTP status.</summary>
public sealed record ErrorPage(int StatusCode, string Title, string Message)
{
    public static ErrorPage For(int statusCode) => statusCode switch
    {
        400 => new(400, "Bad request", "The request could not be understood. Go back, reload the page and try again."),
        403 => new(403, "Forbidden", "You do not have access to this page."),
        404 => new(404, "Not found", "There is nothing here. Check the address, or go back to your appointments."),
        413 => new(413, "Too large", "What you sent is too large."),
        429 => new(429, "Too many requests", "Too many attempts. Wait a minute and try again."),
        _ => new(statusCode, "Something went wrong", "Sorry, something went wrong on our side. Please try again."),
    };
}
