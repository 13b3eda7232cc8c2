using Sched.Domain.Users;

namespace Sched.Application.Users.Common;

/// <summary>
/// The rules for emails, passwords and display names, shared by the command line, registration
/// and password change. Passwords: at least 8 characters and no composition rules, since length is
/// what makes a password strong (OWASP ASVS 2.1, NIST SP 800-63B); long passphrases are welcome.
/// </summary>
public static class AccountRules
{
    public const int MinimumPasswordLength = 8;
    public const int MaximumPasswordLength = 1024;
    public const int MaximumEmailLength = 256;
    public const int MaximumDisplayNameLength = 100;

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) => rule
        .Must(email => !string.IsNullOrEmpty(EmailAddress.Normalize(email))).WithMessage("Enter an email address.")
        .Must(email => EmailAddress.Normalize(email).Length <= MaximumEmailLength)
        .WithMessage($"An email address has at most {MaximumEmailLength} characters.")
        .Must(email => IsWellFormed(EmailAddress.Normalize(email)))
        .WithMessage("Enter a valid email address, like name@example.com.");

    public static IRuleBuilderOptions<T, string> ValidPassword<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("Enter a password.")
        .MinimumLength(MinimumPasswordLength).WithMessage($"A password has at least {MinimumPasswordLength} characters.")
        .MaximumLength(MaximumPasswordLength).WithMessage($"A password has at most {MaximumPasswordLength} characters.");

    public static IRuleBuilderOptions<T, string?> ValidDisplayName<T>(this IRuleBuilder<T, string?> rule) => rule
        .MaximumLength(MaximumDisplayNameLength).WithMessage($"A display name has at most {MaximumDisplayNameLength} characters.");

    /// <summary>One @ with something on both sides, a dot in the domain, and no blanks or control characters.</summary>
    private static bool IsWellFormed(string email)
    {
        var at = email.IndexOf('@');
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1
               && email[(at + 1)..].Contains('.') && !email.EndsWith('.')
               && !email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
    }
}
