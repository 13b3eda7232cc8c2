using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Sched.WebUI.Security;

/// <summary>
/// The sign-in cookie: HttpOnly, SameSite=Lax, Secure on HTTPS, an idle timeout that slides, an
/// absolute cap from the moment of sign-in, and a longer but still bounded life with "remember me".
/// </summary>
public static class SessionCookie
{
    private const string SignedInItem = "sched.signed_in";

    public static IServiceCollection AddSessionCookie(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(SessionSettings.Section).Get<SessionSettings>() ?? new SessionSettings();
        services.AddSingleton(settings);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/login/";
            options.LogoutPath = "/logout/";
            options.AccessDeniedPath = "/error/403/";
            options.Cookie.Name = settings.HttpsOnly ? "__Host-sched" : "sched";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = settings.HttpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.Cookie.Path = "/";
            options.ExpireTimeSpan = settings.IdleTimeout;
            options.SlidingExpiration = true;
            options.Events.OnSigningIn = context => OnSigningIn(context, settings);
            options.Events.OnValidatePrincipal = context => OnValidatePrincipal(context, settings);

            // The handler writes these redirects as absolute URLs built from the request's Host
            // header, which a client chooses: with AllowedHosts "*" a request for evil.example would
            // be sent to http://evil.example/login/. A path on this site needs no host at all.
            var redirectToLogin = options.Events.OnRedirectToLogin;
            var redirectToAccessDenied = options.Events.OnRedirectToAccessDenied;
            options.Events.OnRedirectToLogin = context => redirectToLogin(WithoutOrigin(context));
            options.Events.OnRedirectToAccessDenied = context => redirectToAccessDenied(WithoutOrigin(context));
        });
        return services;
    }

    /// <summary>Drops exactly the scheme and host the handler put in front of the path, nothing else.</summary>
    private static RedirectContext<CookieAuthenticationOptions> WithoutOrigin(RedirectContext<CookieAuthenticationOptions> context)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        if (context.RedirectUri.StartsWith(origin + "/", StringComparison.Ordinal))
        {
            context.RedirectUri = context.RedirectUri[origin.Length..];
        }

        return context;
    }

    private static Task OnSigningIn(CookieSigningInContext context, SessionSettings settings)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();

        // A refresh (profile or password change) keeps the original sign-in time, so the cap holds.
        if (context.Properties.GetString(SignedInItem) is null)
        {
            context.Properties.SetString(SignedInItem, now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (context.Properties.IsPersistent)
        {
            context.Properties.ExpiresUtc = now + settings.RememberMeLifetime;
        }

        return Task.CompletedTask;
    }

    private static async Task OnValidatePrincipal(CookieValidatePrincipalContext context, SessionSettings settings)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var cap = context.Properties.IsPersistent ? settings.RememberMeLifetime : settings.AbsoluteLifetime;
        if (!long.TryParse(context.Properties.GetString(SignedInItem), out var signedIn)
            || now - DateTimeOffset.FromUnixTimeSeconds(signedIn) > cap)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        // Identity re-reads the user only once its interval has passed; asking it sooner would still
        // build its sign-in manager, user manager and store on every request just to learn that.
        var stampInterval = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;
        if (context.Properties.IssuedUtc is { } issued && now - issued <= stampInterval)
        {
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
