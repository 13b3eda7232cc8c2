using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Sched.Application.Users.Common;

namespace Sched.Infrastructure.Identity;

/// <summary>
/// Identity's token provider for the links Sched mails: password reset, address confirmation and change
/// of address. A token is a Data Protection payload (encrypted and authenticated with the app's keys) of
/// the instant it was made, the user's id, the purpose (for a change of address, with the new address)
/// and the user's security stamp, written in base64url for a path. Nothing of it is stored: the database
/// holds only the stamp, which Identity renews when the password or the address changes, so a reset or
/// change-of-address token works once (a confirmation token works while the address waits for it, which
/// <see cref="AccountService"/> checks). It expires on the app's <see cref="TimeProvider"/> (Identity's own DataProtectorTokenProvider
/// reads the system clock, which a test cannot move): a reset link after Sched:Account:ResetLinkLifetime,
/// the others after Sched:Account:ConfirmLinkLifetime.
/// </summary>
public sealed class LinkTokenProvider(
    IDataProtectionProvider protection, PasswordResetSettings resets, EmailConfirmationSettings confirmations, TimeProvider clock)
    : IUserTwoFactorTokenProvider<ApplicationUser>
{
    public const string Name = "SchedLink";

    /// <summary>Identity's purpose of a change-of-address token, followed by the new address.</summary>
    public const string ChangeEmailPurposePrefix = "ChangeEmail:";

    // Named when it made reset links only; kept, so links mailed before the others came along still work.
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
        return fields.Made <= now && now < fields.Made + LifetimeOf(purpose)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(fields.Stamp), Encoding.UTF8.GetBytes(stamp));
    }

    /// <summary>The user a token was made for and its purpose, if it is one of ours at all (not yet whether it still works).</summary>
    public (string UserId, string Purpose)? Describe(string token) => Read(token) is { } fields ? (fields.UserId, fields.Purpose) : null;

    private TimeSpan LifetimeOf(string purpose) =>
        purpose == UserManager<ApplicationUser>.ResetPasswordTokenPurpose ? resets.LinkLifetime : confirmations.LinkLifetime;

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
