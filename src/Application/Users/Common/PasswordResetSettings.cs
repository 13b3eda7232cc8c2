namespace Sched.Application.Users.Common;

/// <summary>
/// <c>Sched:Account:ResetLinkLifetime</c> (default 30 minutes): how long a reset link works.
/// <c>Sched:RateLimit:ResetMailsPerAddressPerHour</c> (default 3): reset mails one address gets per
/// hour at most, however many addresses ask (the per-client limit is the web's).
/// </summary>
public sealed record PasswordResetSettings(TimeSpan LinkLifetime, int MailsPerAddressPerHour)
{
    public const string LinkLifetimeKey = "Sched:Account:ResetLinkLifetime";
    public const string MailsPerAddressKey = "Sched:RateLimit:ResetMailsPerAddressPerHour";
    public static readonly TimeSpan DefaultLinkLifetime = TimeSpan.FromMinutes(30);
    public const int DefaultMailsPerAddressPerHour = 3;

    public static PasswordResetSettings Checked(TimeSpan linkLifetime, int mailsPerAddressPerHour) =>
        linkLifetime <= TimeSpan.Zero
            ? throw new InvalidOperationException($"{LinkLifetimeKey} must be a positive time span, e.g. 00:30:00.")
            : mailsPerAddressPerHour < 1
                ? throw new InvalidOperationException($"{MailsPerAddressKey} must be at least 1.")
                : new PasswordResetSettings(linkLifetime, mailsPerAddressPerHour);
}
