namespace Sched.WebUI.Services;

/// <summary>
/// The zone for users who chose none: configuration <c>Sched:DefaultTimeZone</c> (an IANA id),
/// else the server's zone. A configured id that does not exist stops the app at start-up.
/// </summary>
public sealed class DefaultTimeZone
{
    public const string ConfigurationKey = "Sched:DefaultTimeZone";

    public DefaultTimeZone(IConfiguration configuration)
    {
        var id = configuration[ConfigurationKey];
        Zone = string.IsNullOrWhiteSpace(id)
            ? TimeZoneInfo.Local
            : TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
                ? zone
                : throw new InvalidOperationException($"{ConfigurationKey} \"{id}\" is not a known time zone id (e.g. Europe/Berlin).");
    }

    public TimeZoneInfo Zone { get; }
}
