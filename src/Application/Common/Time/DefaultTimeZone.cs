namespace Sched.Application.Common.Time;

/// <summary>
/// The zone for users who chose none: the configured <c>Sched:DefaultTimeZone</c> (an IANA id), else
/// the server's zone. A configured id that does not exist stops the app at start-up.
/// </summary>
public sealed class DefaultTimeZone(TimeZoneInfo zone)
{
    public const string ConfigurationKey = "Sched:DefaultTimeZone";

    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>The setting's value as configured (null or blank: the server's zone).</summary>
    public static DefaultTimeZone FromSetting(string? id) =>
        string.IsNullOrWhiteSpace(id)
            ? new DefaultTimeZone(TimeZoneInfo.Local)
            : TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
                ? new DefaultTimeZone(zone)
                : throw new InvalidOperationException($"{ConfigurationKey} \"{id}\" is not a known time zone id (e.g. Europe/Berlin).");

    /// <summary>The zone of a user who chose <paramref name="chosenId"/> (null: none).</summary>
    public TimeZoneInfo For(string? chosenId) =>
        chosenId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(chosenId, out var chosen) ? chosen : Zone;
}
