using System.Security.Claims;
using Microsoft.Extensions.Options;
using Sched.Application.Common.Security;

namespace Sched.Infrastructure.Identity;

/// <summary>Puts the user's chosen time zone and first day of the week into their session, so no request has to look them up.</summary>
public sealed class TimeZoneClaimsPrincipalFactory(UserManager<ApplicationUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrEmpty(user.TimeZoneId))
        {
            identity.AddClaim(new Claim(SchedClaimTypes.TimeZone, user.TimeZoneId));
        }

        if (user.FirstDayOfWeek is { } firstDayOfWeek)
        {
            identity.AddClaim(new Claim(SchedClaimTypes.FirstDayOfWeek, firstDayOfWeek.ToString()));
        }

        return identity;
    }
}
