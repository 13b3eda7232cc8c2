using System.Diagnostics.CodeAnalysis;

namespace Sched.Domain.Users;

/// <summary>
/// An email address as Sched stores and compares it. The rule, kept from the 2013 app: surrounding
/// blanks do not count and case does not matter, so "  Ada@Example.COM " and "ada@example.com" are
/// one person. Normalising and the validity rule live here and nowhere else.
/// </summary>
public sealed record EmailAddress
{
    public const int MaxLength = 256;

    private EmailAddress(string value) => Value = value;

    /// <summary>Trimmed and lower-cased (invariant culture, so no Turkish dotless i).</summary>
    public string Value { get; }

    /// <summary>What is wrong with a typed address, or <see cref="EmailAddressProblem.None"/>.</summary>
    public static EmailAddressProblem Inspect(string? typed)
    {
        var email = Normalize(typed);
        return email switch
        {
            "" => EmailAddressProblem.Missing,
            { Length: > MaxLength } => EmailAddressProblem.TooLong,
            _ when !IsWellFormed(email) => EmailAddressProblem.Malformed,
            _ => EmailAddressProblem.None,
        };
    }

    public static bool TryParse(string? typed, [NotNullWhen(true)] out EmailAddress? email)
    {
        email = Inspect(typed) == EmailAddressProblem.None ? new EmailAddress(Normalize(typed)) : null;
        return email is not null;
    }

    /// <summary>The address as typed, normalised; an address that breaks the rule is a caller's bug here.</summary>
    public static EmailAddress Parse(string? typed) =>
        TryParse(typed, out var email) ? email : throw new ArgumentException($"Not a valid email address ({Inspect(typed)}).", nameof(typed));

    /// <summary>
    /// How to name a typed address in a log line or a message, whether or not it is one: normalised as
    /// <see cref="Value"/> is, so a valid address reads the same as the account it names.
    /// </summary>
    public static string Describe(string? typed) => Normalize(typed);

    public override string ToString() => Value;

    private static string Normalize(string? typed) => (typed ?? string.Empty).Trim().ToLowerInvariant();

    /// <summary>One @ with something on both sides, a dot in the domain, and no blanks or control characters.</summary>
    private static bool IsWellFormed(string email)
    {
        var at = email.IndexOf('@');
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1
               && email[(at + 1)..].Contains('.') && !email.EndsWith('.')
               && !email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
    }
}

/// <summary>Why a typed email address is not one.</summary>
public enum EmailAddressProblem
{
    None,
    Missing,
    TooLong,
    Malformed,
}
