using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Sched.WebUI.Filters;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers WebUI: MVC with its global filters, the sign-in cookie's paths, the current user.</summary>
public static class WebUIDependencyInjection
{
    public static IServiceCollection AddWebUIServices(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<DefaultTimeZone>();
        services.AddScoped<ICurrentUser, CurrentUser>();

        services.AddControllersWithViews(options =>
        {
            // Every POST/PUT/PATCH/DELETE must carry a valid antiforgery token, with no opt-in per action.
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add<ApplicationExceptionFilter>();
            // Input rules live in Application's validators, not in implicit [Required] attributes.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        });
        services.AddRouting(options =>
        {
            options.LowercaseUrls = true;
            options.AppendTrailingSlash = true; // the 2013 URLs: /login/, /appointments/
        });

        // Every page needs a signed-in user unless it says [AllowAnonymous].
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/login/";
            options.LogoutPath = "/logout/";
            options.AccessDeniedPath = "/error/403/";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
        });
        return services;
    }
}
