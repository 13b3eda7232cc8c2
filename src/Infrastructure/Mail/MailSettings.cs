using Microsoft.Extensions.Configuration;

namespace Sched.Infrastructure.Mail;

/// <summary>How the SMTP connection is secured: <c>Sched:Smtp:Security</c>.</summary>
public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>
/// <c>Sched:Smtp:*</c> and <c>Sched:Email:*</c>. Without <c>Sched:Smtp:Host</c> mails are written as
/// .eml files to <see cref="PickupDirectory"/>, so the app needs no mail server to run.
/// </summary>
public sealed record MailSettings(
    string? Host,
    int Port,
    SmtpSecurity Security,
    string? UserName,
    string? Password,
    string From,
    string PickupDirectory,
    TimeSpan PollInterval,
    TimeSpan RetryDelay,
    int MaxAttempts)
{
    public const int DefaultPort = 587;
    public const string DefaultFrom = "Sched <sched@localhost>";
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(30);
    public const int DefaultMaxAttempts = 8;

    /// <summary>The longest wait between two tries, however many failed.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    /// <summary>How long one try may take on the network (connect, send, each reply).</summary>
    public static readonly TimeSpan SmtpTimeout = TimeSpan.FromSeconds(30);

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);

    /// <summary>Reads the settings; a value that cannot be used stops the app at start-up with the key's name.</summary>
    public static MailSettings Read(IConfiguration configuration, string defaultPickupDirectory)
    {
        var securityText = configuration["Sched:Smtp:Security"];
        var security = SmtpSecurity.StartTls;
        if (!string.IsNullOrWhiteSpace(securityText)
            && (!Enum.TryParse(securityText, ignoreCase: true, out security) || !Enum.IsDefined(security)))
        {
            throw new InvalidOperationException($"Sched:Smtp:Security \"{securityText}\" must be None, StartTls or SslOnConnect.");
        }

        var settings = new MailSettings(
            configuration["Sched:Smtp:Host"],
            configuration.GetValue("Sched:Smtp:Port", DefaultPort),
            security,
            configuration["Sched:Smtp:UserName"],
            configuration["Sched:Smtp:Password"],
            NonBlank(configuration["Sched:Smtp:From"]) ?? DefaultFrom,
            NonBlank(configuration["Sched:Email:PickupDirectory"]) ?? defaultPickupDirectory,
            configuration.GetValue("Sched:Email:PollInterval", DefaultPollInterval),
            configuration.GetValue("Sched:Email:RetryDelay", DefaultRetryDelay),
            configuration.GetValue("Sched:Email:MaxAttempts", DefaultMaxAttempts));

        Require(settings.Port is > 0 and <= 65535, "Sched:Smtp:Port must be a port number (1-65535).");
        Require(MimeKit.MailboxAddress.TryParse(settings.From, out _), $"Sched:Smtp:From \"{settings.From}\" must be a mail address, e.g. \"Sched <sched@example.com>\".");
        Require(settings.PollInterval > TimeSpan.Zero, "Sched:Email:PollInterval must be a positive time span, e.g. 00:00:02.");
        Require(settings.RetryDelay > TimeSpan.Zero, "Sched:Email:RetryDelay must be a positive time span, e.g. 00:00:30.");
        Require(settings.MaxAttempts > 0, "Sched:Email:MaxAttempts must be at least 1.");
        return settings;
    }

    /// <summary>The wait after the given number of failed tries: the retry delay, doubled after each, at most an hour.</summary>
    public TimeSpan DelayAfter(int failedAttempts) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, RetryDelay.Ticks * (1L << Math.Min(failedAttempts - 1, 20))));

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
