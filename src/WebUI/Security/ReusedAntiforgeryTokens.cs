using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Sched.WebUI.Security;

/// <summary>
/// Every signed-in page carries a form token (the navbar's logout form), and making one costs two
/// Data Protection operations: reading the browser's antiforgery cookie and protecting a new token.
/// A form token stays valid for as long as the same cookie and the same user, so for a signed-in user
/// whose request brings a valid cookie, the token made for that pair is remembered and given again.
/// Checking tokens on unsafe requests is unchanged: it always goes to ASP.NET Core's antiforgery.
/// </summary>
public sealed class ReusedAntiforgeryTokens(IAntiforgery inner, IOptions<AntiforgeryOptions> options) : IAntiforgery, IDisposable
{
    /// <summary>Pairs remembered at most (each a few hundred bytes); the least recently used go first.</summary>
    public const int Capacity = 10_000;

    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(20);

    private readonly MemoryCache _tokens = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        var key = KeyOf(httpContext);
        if (key is not null && _tokens.TryGetValue(key, out string? requestToken))
        {
            // What ASP.NET Core's own implementation does for a page that carries a token.
            httpContext.Response.Headers.CacheControl = "no-cache, no-store";
            httpContext.Response.Headers.Pragma = "no-cache";
            return new AntiforgeryTokenSet(requestToken, null, options.Value.FormFieldName, options.Value.HeaderName);
        }

        var tokens = inner.GetAndStoreTokens(httpContext);

        // No new cookie token means the browser's cookie was valid and the token was made for it.
        if (key is not null && tokens.CookieToken is null && tokens.RequestToken is not null)
        {
            _tokens.Set(key, tokens.RequestToken, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Unused });
        }

        return tokens;
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    public void Dispose() => _tokens.Dispose();

    /// <summary>The cookie as the browser sent it, and the user the token is bound to; null when either is missing.</summary>
    private string? KeyOf(HttpContext httpContext)
    {
        var userId = httpContext.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var cookie = options.Value.Cookie.Name is { } name ? httpContext.Request.Cookies[name] : null;
        return userId is null || string.IsNullOrEmpty(cookie) ? null : string.Concat(userId, "\n", cookie);
    }
}

/// <summary>Registration of <see cref="ReusedAntiforgeryTokens"/>.</summary>
public static class ReusedAntiforgeryTokensRegistration
{
    /// <summary>Puts the reuse in front of the antiforgery service that MVC registered.</summary>
    public static IServiceCollection AddReusedAntiforgeryTokens(this IServiceCollection services)
    {
        var registered = services.Single(d => d.ServiceType == typeof(IAntiforgery));
        var implementation = registered.ImplementationType
            ?? throw new InvalidOperationException("IAntiforgery is expected to be registered by type.");
        services.Remove(registered);
        services.AddSingleton<IAntiforgery>(sp => new ReusedAntiforgeryTokens(
            (IAntiforgery)ActivatorUtilities.CreateInstance(sp, implementation), sp.GetRequiredService<IOptions<AntiforgeryOptions>>()));
        return services;
    }
}
