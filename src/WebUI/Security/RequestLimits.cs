using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Sched.Application.Appointments.Common;

namespace Sched.WebUI.Security;

/// <summary>
/// Caps on what a client may send: request bodies (a form is small; the largest legal one, a
/// 10,000-character description in a non-Latin script, is about 90 KB once URL-encoded), and
/// sign-in and registration attempts per client address per minute, password reset requests per
/// client address per hour (the per-address limit of reset mails is Application's), forms that send a
/// confirmation link (sending it again, asking for a new address) per client address per hour, and calendar
/// feed reads per client address per minute (generous: a client polls every few minutes, but a
/// feed URL must not serve as an oracle for guessing tokens at speed). One deliberate exception to
/// the body cap: the import form's POST (<see cref="ImportPath"/>) may carry a calendar file of up to
/// <c>Sched:Calendar:MaxImportBytes</c> plus its multipart envelope; a larger one gets that form again with the
/// error beside the file field (the 413 page of that path, see ErrorController).
/// </summary>
public static class RequestLimits
{
    public const string SignInPolicy = "sign-in";
    public const string CalendarFeedPolicy = "calendar-feed";
    public const string PasswordResetPolicy = "password-reset";
    public const string ConfirmationMailPolicy = "confirmation-mail";
    public const long DefaultMaxBodyBytes = 128 * 1024;

    /// <summary>The one path whose POST may exceed the body cap: the calendar import form.</summary>
    public const string ImportPath = "/appointments/import";

    /// <summary>Room beside the file for the multipart boundaries, the part headers and the antiforgery token.</summary>
    public const long ImportEnvelopeBytes = 16 * 1024;

    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signIns = configuration.GetValue("Sched:RateLimit:SignInPermitsPerMinute", 10);
        var resets = configuration.GetValue("Sched:RateLimit:PasswordResetPermitsPerHour", 10);
        var confirmationMails = configuration.GetValue("Sched:RateLimit:ConfirmationMailPermitsPerHour", 10);
        var feedReads = configuration.GetValue("Sched:RateLimit:FeedPermitsPerMinute", 60);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInPolicy, context => PerClientAddress(context, signIns, TimeSpan.FromMinutes(1)));
            options.AddPolicy(PasswordResetPolicy, context => PerClientAddress(context, resets, TimeSpan.FromHours(1)));
            options.AddPolicy(ConfirmationMailPolicy, context => PerClientAddress(context, confirmationMails, TimeSpan.FromHours(1)));
            options.AddPolicy(CalendarFeedPolicy, context => PerClientAddress(context, feedReads, TimeSpan.FromMinutes(1)));
        });
        services.Configure<FormOptions>(options => options.ValueLengthLimit = (int)MaxBodyBytes(configuration));
        return services;
    }

    /// <summary>A fixed window for each client address, with no queue: the excess gets a 429 at once.</summary>
    private static RateLimitPartition<string> PerClientAddress(HttpContext context, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });

    /// <summary>Refuses a body declared too large before reading it (413), and stops reading one that grows too large.</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app, IConfiguration configuration)
    {
        var bodyLimit = MaxBodyBytes(configuration);
        var importLimit = Math.Max(bodyLimit, ImportSettings(configuration).MaxImportBytes + ImportEnvelopeBytes);
        return app.Use(async (context, next) =>
        {
            var limit = IsImport(context.Request.Method, context.Request.Path) ? importLimit : bodyLimit;

            // The status code pages re-execute the request, body headers and all, to render the 413
            // page; that page reads no body, and refusing it again would send the 413 blank.
            if (context.Request.ContentLength > limit && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            await next();
        });
    }

    /// <summary>The import limit (<c>Sched:Calendar:MaxImportBytes</c>); a value out of range stops the app at start-up.</summary>
    public static CalendarImportSettings ImportSettings(IConfiguration configuration) =>
        CalendarImportSettings.FromSettings(configuration.GetValue<long?>(CalendarImportSettings.MaxImportBytesKey));

    /// <summary>Whether a request posts the import form (with or without the trailing slash).</summary>
    public static bool IsImport(string method, PathString path) =>
        HttpMethods.IsPost(method) && path.Value?.TrimEnd('/') is { } trimmed && string.Equals(trimmed, ImportPath, StringComparison.OrdinalIgnoreCase);

    private static long MaxBodyBytes(IConfiguration configuration) =>
        configuration.GetValue("Sched:MaxRequestBodyBytes", DefaultMaxBodyBytes);
}
