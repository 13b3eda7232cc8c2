namespace Sched.Application.Users.Common;

/// <summary>
/// <c>Sched:Account:RequireConfirmedEmail</c> (default true): a registered account signs in only once its
/// address is confirmed through a mailed link. <c>Sched:Account:ConfirmLinkLifetime</c> (default 2 days):
/// how long such a link works, and a link that confirms a change of address.
/// <c>Sched:RateLimit:ConfirmationMailsPerAddressPerHour</c> (default 3): confirmation links sent again,
/// and notices that someone tried to use an address, that one address gets per hour at most.
/// </summary>
public sealed record EmailConfirmationSettings(bool Required, TimeSpan LinkLifetime, int MailsPerAddressPerHour)
{
    public const string RequiredKey = "Sched:Account:RequireConfirmedEmail";
    public const string LinkLifetimeKey = "Sched:Account:ConfirmLinkLifetime";
    public const string MailsPerAddressKey = "Sched:RateLimit:ConfirmationMailsPerAddressPerHour";
    public static readonly TimeSpan DefaultLinkLifetime = TimeSpan.FromDays(2);
    public const int DefaultMailsPerAddressPerHour = 3;

    public static EmailConfirmationSettings Checked(bool required, TimeSpan linkLifetime, int mailsPerAddressPerHour) =>
        linkLifetime <= TimeSpan.Zero
            ? throw new InvalidOperationException($"{LinkLifetimeKey} must be a positive time span, e.g. 2.00:00:00.")
            : mailsPerAddressPerHour < 1
                ? throw new InvalidOperationException($"{MailsPerAddressKey} must be at least 1.")
                : new EmailConfirmationSettings(required, linkLifetime, mailsPerAddressPerHour);
}
