using System.Globalization;
using System.Net;
using Sched.Application.Common.Time;
using Sched.Domain.Users;

namespace Sched.Application.Users.Common;

/// <summary>
/// The mails about an account, each as plain text and as HTML with every inserted value escaped.
/// Times are written on the user's own clock, with the zone's name.
/// </summary>
public static class AccountMails
{
    public const string ResetSubject = "Reset your Sched password";
    public const string PasswordChangedSubject = "Your Sched password was changed";
    public const string ConfirmationSubject = "Confirm your Sched address";
    public const string AddressInUseSubject = "Someone tried to use your address on Sched";
    public const string EmailChangeConfirmationSubject = "Confirm the new address of your Sched account";
    public const string EmailChangeRequestedSubject = "A new address was asked for your Sched account";
    public const string EmailChangedSubject = "The address of your Sched account was changed";

    public static OutgoingMail ResetLink(UserProfile user, string link, TimeSpan lifetime) => Compose(
        user, user.Email, ResetSubject, MailPurpose.PasswordReset,
        $"Someone, hopefully you, asked to reset the password of your Sched account {user.Email}.",
        $"To choose a new password, open this link within {Describe(lifetime)}. It works once:",
        link,
        "If you did not ask, ignore this mail: your password stays as it is.");

    public static OutgoingMail PasswordChanged(UserProfile user, DateTimeOffset changedUtc, TimeZoneInfo zone, string resetLink) => Compose(
        user, user.Email, PasswordChangedSubject, MailPurpose.PasswordChanged,
        $"The password of your Sched account {user.Email} was changed on {OnTheClock(changedUtc, zone)}, and every other session of yours was signed out.",
        "If you did not change it, someone else knows your password: reset it now at",
        resetLink,
        "If it was you, there is nothing to do.");

    public static OutgoingMail Confirmation(UserProfile user, string link, TimeSpan lifetime) => Compose(
        user, user.Email, ConfirmationSubject, MailPurpose.EmailConfirmation,
        $"Someone, hopefully you, registered a Sched account with the address {user.Email}.",
        $"To confirm the address, open this link within {Describe(lifetime)}; then log in:",
        link,
        "If you did not register, ignore this mail: nobody can log in to that account until the address is confirmed.");

    public static OutgoingMail AddressInUse(UserProfile user, DateTimeOffset triedUtc, TimeZoneInfo zone, string forgotLink) => Compose(
        user, user.Email, AddressInUseSubject, MailPurpose.AddressInUse,
        $"On {OnTheClock(triedUtc, zone)}, someone tried to use your address {user.Email} for another Sched account, by registering or by changing an account's address. It belongs to your account, so nothing was changed.",
        "If it was you and you no longer know your password, choose a new one at",
        forgotLink,
        "Otherwise there is nothing to do.");

    public static OutgoingMail EmailChangeConfirmation(UserProfile user, EmailAddress newEmail, string link, TimeSpan lifetime) => Compose(
        user, newEmail.Value, EmailChangeConfirmationSubject, MailPurpose.EmailChangeConfirmation,
        $"Someone, hopefully you, asked to change the address of the Sched account {user.Email} to {newEmail.Value}.",
        $"To confirm the new address, open this link within {Describe(lifetime)}. Until then the account keeps its old address:",
        link,
        "If you did not ask, ignore this mail: nothing changes.");

    public static OutgoingMail EmailChangeRequested(
        UserProfile user, EmailAddress newEmail, DateTimeOffset askedUtc, TimeZoneInfo zone, string forgotLink) => Compose(
        user, user.Email, EmailChangeRequestedSubject, MailPurpose.EmailChangeRequested,
        $"On {OnTheClock(askedUtc, zone)}, someone signed in to your Sched account asked to change its address from {user.Email} to {newEmail.Value}. It changes only when the link mailed to {newEmail.Value} is opened.",
        "If it was not you, someone else knows your password: choose a new one now at",
        forgotLink,
        "If it was you, open the link in the mail to the new address.");

    public static OutgoingMail EmailChanged(UserProfile user, EmailAddress newEmail, DateTimeOffset changedUtc, TimeZoneInfo zone, string loginLink) => Compose(
        user, user.Email, EmailChangedSubject, MailPurpose.EmailChanged,
        $"The address of your Sched account was changed from {user.Email} to {newEmail.Value} on {OnTheClock(changedUtc, zone)}, and every session of yours was signed out.",
        $"From now on, log in with {newEmail.Value} at",
        loginLink,
        "If you did not change it, someone else has taken over your account: tell whoever runs this Sched at once.");

    /// <summary>"Thursday 26 November 2026 at 8:15pm (Europe/Berlin)".</summary>
    public static string OnTheClock(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = UserTime.InZone(instant.UtcDateTime, zone);
        return $"{local.ToString("dddd d MMMM yyyy 'at' h:mm", CultureInfo.InvariantCulture)}{(local.Hour < 12 ? "am" : "pm")} ({zone.Id})";
    }

    /// <summary>"30 minutes", "90 minutes", "2 hours", "2 days": whole hours from two hours on, whole days from two days on.</summary>
    public static string Describe(TimeSpan span) =>
        span.TotalMinutes < 120 || span.TotalMinutes % 60 != 0 ? Plural((int)Math.Ceiling(span.TotalMinutes), "minute")
        : span.TotalHours < 48 || span.TotalHours % 24 != 0 ? Plural((int)span.TotalHours, "hour")
        : Plural((int)span.TotalDays, "day");

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";

    /// <summary>A greeting, two paragraphs around a link, and a closing line, to the given address; the link is the same in both parts.</summary>
    private static OutgoingMail Compose(UserProfile user, string to, string subject, string purpose, string opening, string leadIn, string link, string closing)
    {
        var name = user.DisplayName ?? user.Email;
        var text = $"Hello {name},\n\n{opening}\n\n{leadIn}\n\n{link}\n\n{closing}\n\n-- \nSched\n";
        var html = $"""
            <!DOCTYPE html>
            <html><body>
            <p>Hello {Encode(name)},</p>
            <p>{Encode(opening)}</p>
            <p>{Encode(leadIn)}</p>
            <p><a href="{Encode(link)}">{Encode(link)}</a></p>
            <p>{Encode(closing)}</p>
            <p>&#8212; Sched</p>
            </body></html>
            """;
        return new OutgoingMail(to, subject, text, html, purpose);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
