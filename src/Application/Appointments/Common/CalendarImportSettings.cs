namespace Sched.Application.Appointments.Common;

/// <summary>
/// How large a calendar file may be imported (<c>Sched:Calendar:MaxImportBytes</c>, 1 MB by default),
/// and how long a preview waits to be confirmed.
/// </summary>
public sealed record CalendarImportSettings(long MaxImportBytes)
{
    public const string MaxImportBytesKey = "Sched:Calendar:MaxImportBytes";

    public const long DefaultMaxImportBytes = 1024 * 1024;

    public static readonly CalendarImportSettings Default = new(DefaultMaxImportBytes);

    /// <summary>Long enough to read a preview of 10,000 events; after it, the file is chosen again.</summary>
    public static readonly TimeSpan PreviewLifetime = TimeSpan.FromHours(1);

    /// <summary>The configured limit (null: 1 MB); one below 1 byte or over 100 MB stops the app at start-up.</summary>
    public static CalendarImportSettings FromSettings(long? maxImportBytes) =>
        maxImportBytes switch
        {
            null => Default,
            >= 1 and <= 100 * 1024 * 1024 => new(maxImportBytes.Value),
            _ => throw new InvalidOperationException($"{MaxImportBytesKey} is {maxImportBytes}; it must be a number of bytes from 1 to 104857600."),
        };

    /// <summary>What the import form says beside its file field when the file is over the limit.</summary>
    public string TooLarge => $"The file is larger than {MaxImportSize}, the most Sched imports at once. Split it, or export a shorter period.";

    /// <summary>The limit in words, for the form: "1 MB", "512 KB" or a number of bytes.</summary>
    public string MaxImportSize => MaxImportBytes switch
    {
        var b when b % (1024 * 1024) == 0 => $"{b / (1024 * 1024)} MB",
        var b when b % 1024 == 0 => $"{b / 1024} KB",
        var b => $"{b:N0} bytes",
    };
}
