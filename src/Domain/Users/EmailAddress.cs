namespace Sched.Domain.Users;

/// <summary>
/// The rule, kept from the 2013 app, for how people type their email: surrounding blanks do not
/// count and case does not matter, so "  Ada@Example.COM " and "ada@example.com" are one person.
/// </summary>
public static class EmailAddress
{
    /// <summary>Trims and lower-cases an email address as typed; null becomes empty.</summary>
    public static string Normalize(string? email) => (email ?? string.Empty).Trim().ToLowerInvariant();
}
