using System.Security.Claims;

namespace Sched.WebUI.Services;

/// <summary>The signed-in user of the current HTTP request, read from the session cookie's claims.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
}
