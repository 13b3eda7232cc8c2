using System.Security.Claims;
using Sched.Application.Common.Security;

namespace Sched.WebUI.Services;

/// <summary>The signed-in user of the current HTTP request, read from the session cookie's claims.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, DefaultTimeZone defaultTimeZone) : ICurrentUser
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public TimeZoneInfo TimeZone =>
        accessor.HttpContext?.User.FindFirstValue(SchedClaimTypes.TimeZone) is { } id
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : defaultTimeZone.Zone;

    public DayOfWeek FirstDayOfWeek =>
        accessor.HttpContext?.User.FindFirstValue(SchedClaimTypes.FirstDayOfWeek) is { } name
        && Enum.TryParse<DayOfWeek>(name, out var day) && Enum.IsDefined(day)
            ? day
            : DayOfWeek.Monday;

    public string? ClientAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
