// The one case fold the list search uses, for stored text and for what is searched alike.
namespace Sched.Domain.Appointments;

/// <summary>
/// How the list's search folds letter case, in one place for what is stored and what is asked. The
/// databases cannot do it alike (SQLite's lower() folds ASCII only, PostgreSQL's follows the
/// database's locale, ASCII only under "C"), so text is folded here, in .NET, and the database only
/// compares folded strings byte for byte (docs/decisions/0017-one-context-per-provider.md).
/// </summary>
public static class AppointmentSearch
{
    /// <summary>Between the fields, so a search cannot match across the end of one and the start of the next.</summary>
    private const char FieldSeparator = '\n';

    /// <summary>Text as the search compares it: every letter in its invariant lower case.</summary>
    public static string Fold(string text) => text.ToLowerInvariant();

    /// <summary>What an appointment's search column holds: its title, location and description, folded.</summary>
    public static string TextOf(string? title, string? location, string? description) =>
        Fold(string.Join(FieldSeparator, new[] { title, location, description }.Where(field => field is not null)));
}
