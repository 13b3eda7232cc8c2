using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Sched.Infrastructure.Mail;

/// <summary>Hands one finished message on: to an SMTP server, or into the pickup folder.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Delivers over SMTP with MailKit: a connection per message, secured as configured, authenticated when a user name is set.</summary>
public sealed class SmtpMailTransport(MailSettings settings) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)MailSettings.SmtpTimeout.TotalMilliseconds };
        var security = settings.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(settings.Host!, settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>With no SMTP host: writes each message as an .eml file into the pickup folder and logs its path.</summary>
public sealed class PickupDirectoryTransport(MailSettings settings, TimeProvider clock, ILogger<PickupDirectoryTransport> logger) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.PickupDirectory);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        var path = Path.GetFullPath(Path.Combine(settings.PickupDirectory, name));
        await message.WriteToAsync(path, cancellationToken);
        logger.LogInformation("Mail \"{Subject}\" to {To} written to {Path}", message.Subject, message.To, path);
    }
}
