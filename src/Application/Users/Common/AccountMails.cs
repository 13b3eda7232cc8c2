using System.Globalization;
using System.Net;
using Sched.Application.Common.Time;

namespace Sched.Application.Users.Common;

/// <summary>
/// The mails about an account, each as plain text and as HTML with every inserted value escaped.
/// Times are written on the user's own clock, with the zone's name.
/// </summary>
public static class AccountMails
{
    public const string ResetSubject = "Reset your Sched password";
    public const string PasswordChangedSubject = "Your Sched password was changed";

    public static OutgoingMail ResetLink(UserProfile user, string link, TimeSpan lifetime) => Compose(
        user, ResetSubject, MailPurpose.PasswordReset,
        $"Someone, hopefully you, asked to reset the password of your Sched account {user.Email}.",
        $"To choose a new password, open this link within {Describe(lifetime)}. It works once:",
        link,
        "If you did not ask, ignore this mail: your password stays as it is.");

    public static OutgoingMail PasswordChanged(UserProfile user, DateTimeOffset changedUtc, TimeZoneInfo zone, string resetLink) => Compose(
        user, PasswordChangedSubject, MailPurpose.PasswordChanged,
        $"The password of your Sched account {user.Email} was changed on {OnTheClock(changedUtc, zone)}, and every other session of yours was signed out.",
        "If you did not change it, someone else knows your password: reset it now at",
        resetLink,
        "If it was you, there is nothing to do.");

    /// <summary>"Thursday 26 November 2026 at 8:15pm (Europe/Berlin)".</summary>
    public static string OnTheClock(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = UserTime.InZone(instant.UtcDateTime, zone);
        return $"{local.ToString("dddd d MMMM yyyy 'at' h:mm", CultureInfo.InvariantCulture)}{(local.Hour < 12 ? "am" : "pm")} ({zone.Id})";
    }

    /// <summary>"30 minutes", "90 minutes", "2 hours": whole hours from two hours on.</summary>
    public static string Describe(TimeSpan span) => span.TotalMinutes < 120 || span.TotalMinutes % 60 != 0
        ? Plural((int)Math.Ceiling(span.TotalMinutes), "minute")
        : Plural((int)span.TotalHours, "hour");

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";

    /// <summary>A greeting, two paragraphs around a link, and a closing line; the link is the same in both parts.</summary>
    private static OutgoingMail Compose(UserProfile user, string subject, string purpose, string opening, string leadIn, string link, string closing)
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
        return new OutgoingMail(user.Email, subject, text, html, purpose);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
