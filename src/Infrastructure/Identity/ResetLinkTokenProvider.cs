using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Sched.Application.Users.Common;

namespace Sched.Infrastructure.Identity;

/// <summary>
/// Identity's token provider for password reset links. A token is a Data Protection payload (encrypted
/// and authenticated with the app's keys) of the instant it was made, the user's id, the purpose and
/// the user's security stamp, written in base64url for a path. Nothing of it is stored: the database
/// holds only the stamp, which Identity renews when the password changes, so a token works once.
/// It expires after Sched:Account:ResetLinkLifetime on the app's <see cref="TimeProvider"/> (Identity's
/// own DataProtectorTokenProvider reads the system clock, which a test cannot move).
/// </summary>
public sealed class ResetLinkTokenProvider(IDataProtectionProvider protection, PasswordResetSettings settings, TimeProvider clock)
    : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string Name = "SchedResetLink";

    private readonly IDataProtector _protector = protection.CreateProtector("Sched.Identity.ResetLink.v1");

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) => Task.FromResult(false);

    public async Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var payload = string.Join('\n', clock.GetUtcNow().UtcTicks, user.Id, purpose, await manager.GetSecurityStampAsync(user));
        return Base64Url.EncodeToString(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        if (Read(token) is not { } fields || fields.UserId != user.Id || fields.Purpose != purpose)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var stamp = await manager.GetSecurityStampAsync(user) ?? string.Empty;
        return fields.Made <= now && now < fields.Made + settings.LinkLifetime
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(fields.Stamp), Encoding.UTF8.GetBytes(stamp));
    }

    /// <summary>The user a token was made for, if it is one of ours at all (not yet whether it still works).</summary>
    public string? UserIdOf(string token) => Read(token)?.UserId;

    private Fields? Read(string token)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(_protector.Unprotect(Base64Url.DecodeFromChars(token))).Split('\n');
            return parts.Length == 4 && long.TryParse(parts[0], out var ticks)
                ? new Fields(new DateTimeOffset(ticks, TimeSpan.Zero), parts[1], parts[2], parts[3])
                : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }

    private sealed record Fields(DateTimeOffset Made, string UserId, string Purpose, string Stamp);
}
