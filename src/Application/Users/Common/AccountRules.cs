using Sched.Domain.Users;

namespace Sched.Application.Users.Common;

/// <summary>
/// The rules for emails, passwords and display names, shared by the command line, registration
/// and password change. Passwords: at least 8 characters and no composition rules, since length is
/// what makes a password strong (OWASP ASVS 2.1, NIST SP 800-63B); long passphrases are welcome.
/// The email rule itself is <see cref="EmailAddress"/>'s; here it gets its words.
/// </summary>
public static class AccountRules
{
    public const int MinimumPasswordLength = 8;
    public const int MaximumPasswordLength = 1024;
    public const int MaximumDisplayNameLength = 100;

    /// <summary>What a reset link that no longer works is told, whatever the reason (expired, used, altered).</summary>
    public const string ResetLinkNoLongerWorks = "This link no longer works: it has expired or was already used. Ask for a new one.";

    /// <summary>What a confirmation link (of a new account or of a new address) that no longer works is told, whatever the reason.</summary>
    public const string ConfirmLinkNoLongerWorks = "This link no longer works: it has expired or was already used.";

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(email => EmailAddress.Inspect(email) == EmailAddressProblem.None)
        .WithMessage((_, email) => EmailMessage(EmailAddress.Inspect(email)));

    /// <summary>What a person is told about an email address that is not one.</summary>
    public static string EmailMessage(EmailAddressProblem problem) => problem switch
    {
        EmailAddressProblem.Missing => "Enter an email address.",
        EmailAddressProblem.TooLong => $"An email address has at most {EmailAddress.MaxLength} characters.",
        _ => "Enter a valid email address, like name@example.com.",
    };

    public static IRuleBuilderOptions<T, string> ValidPassword<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("Enter a password.")
        .MinimumLength(MinimumPasswordLength).WithMessage($"A password has at least {MinimumPasswordLength} characters.")
        .MaximumLength(MaximumPasswordLength).WithMessage($"A password has at most {MaximumPasswordLength} characters.");

    public static IRuleBuilderOptions<T, string?> ValidDisplayName<T>(this IRuleBuilder<T, string?> rule) => rule
        .MaximumLength(MaximumDisplayNameLength).WithMessage($"A display name has at most {MaximumDisplayNameLength} characters.");

    /// <summary>Blank is no name; a name is kept without surrounding blanks.</summary>
    public static string? DisplayNameOrNull(string? typed) => string.IsNullOrWhiteSpace(typed) ? null : typed.Trim();
}
