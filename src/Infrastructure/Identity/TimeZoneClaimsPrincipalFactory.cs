using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Sched.Infrastructure.Identity;

/// <summary>Puts the user's chosen time zone into their session, so no request has to look it up.</summary>
public sealed class TimeZoneClaimsPrincipalFactory(UserManager<ApplicationUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser>(users, options)
{
    public const string TimeZoneClaim = "sched:time_zone";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrEmpty(user.TimeZoneId))
        {
            identity.AddClaim(new Claim(TimeZoneClaim, user.TimeZoneId));
        }

        return identity;
    }
}
