namespace Sched.Application.Common.Models;

/// <summary>
/// A mail as a use case writes it: one recipient, a subject, and the same text twice, as plain text
/// and as HTML (whose every inserted value is already escaped). <see cref="Purpose"/> says why it is
/// sent (e.g. <see cref="MailPurpose.PasswordReset"/>), so limits can count mails of one kind.
/// </summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string HtmlBody, string Purpose);

/// <summary>Why a mail is sent; stored with it in the outbox.</summary>
public static class MailPurpose
{
    public const string PasswordReset = "password-reset";
    public const string PasswordChanged = "password-changed";
    public const string EmailConfirmation = "email-confirmation";
    public const string AddressInUse = "address-in-use";
    public const string EmailChangeConfirmation = "email-change-confirmation";
    public const string EmailChangeRequested = "email-change-requested";
    public const string EmailChanged = "email-changed";
}
