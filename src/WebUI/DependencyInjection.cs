using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.HttpOverrides;
using Sched.Application.Appointments.Common;
using Sched.Application.CalendarFeeds.Common;
using Sched.WebUI.Filters;
using Sched.WebUI.Security;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers WebUI: MVC with its global filters, the sign-in cookie's paths, the current user.</summary>
public static class WebUIDependencyInjection
{
    public static IServiceCollection AddWebUIServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(DefaultTimeZone.FromSetting(configuration[DefaultTimeZone.ConfigurationKey]));
        services.AddSingleton(CalendarFeedWindow.FromSettings(
            configuration.GetValue<int?>(CalendarFeedWindow.PastDaysKey), configuration.GetValue<int?>(CalendarFeedWindow.FutureDaysKey)));
        services.AddSingleton(RequestLimits.ImportSettings(configuration));
        services.AddSingleton<ICurrentUser, CurrentUser>(); // reads the current request; validators (singletons) use it

        services.AddControllersWithViews(options =>
        {
            // Every POST/PUT/PATCH/DELETE must carry a valid antiforgery token, with no opt-in per action.
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add<InvalidFormFilter>();
            options.Filters.Add<ExceptionResponseFilter>();
            // Input rules live in Application's validators, not in implicit [Required] attributes.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        });
        services.AddReusedAntiforgeryTokens();
        services.AddRouting(options =>
        {
            options.LowercaseUrls = true;
            options.AppendTrailingSlash = true; // the 2013 URLs: /login/, /appointments/
        });

        // Every page needs a signed-in user unless it says [AllowAnonymous].
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddSessionCookie(configuration);
        services.AddRequestLimits(configuration);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Behind a TLS proxy, X-Forwarded-Proto makes the request HTTPS, so cookies become Secure.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("Sched:ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        return services;
    }
}
