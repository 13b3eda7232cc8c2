using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sched.Infrastructure.Mail;

/// <summary>Registers outgoing mail: the outbox port, the transport (SMTP, or the pickup folder), the background sender, and the public base of links.</summary>
public static class MailDependencyInjection
{
    public static IServiceCollection AddOutgoingMail(this IServiceCollection services, IConfiguration configuration, string defaultPickupDirectory)
    {
        var settings = MailSettings.Read(configuration, defaultPickupDirectory);
        services.AddSingleton(settings);
        services.AddSingleton(new PublicSite(configuration[PublicSite.ConfigurationKey]));
        services.AddScoped<MailOutbox>();
        services.AddScoped<IMailOutbox>(sp => sp.GetRequiredService<MailOutbox>());
        if (settings.UsesSmtp)
        {
            services.AddSingleton<IMailTransport, SmtpMailTransport>();
        }
        else
        {
            services.AddSingleton<IMailTransport, PickupDirectoryTransport>();
        }

        services.AddSingleton<OutboxSender>();
        var linksUnset = string.IsNullOrWhiteSpace(configuration[PublicSite.ConfigurationKey]);
        services.AddHostedService(sp =>
        {
            var logger = sp.GetRequiredService<ILogger<OutboxSender>>();
            logger.LogInformation(
                settings.UsesSmtp ? "Mail is sent over SMTP to {Server}" : "No Sched:Smtp:Host: mail is written as .eml files to {Server}",
                settings.UsesSmtp ? $"{settings.Host}:{settings.Port} ({settings.Security})" : Path.GetFullPath(settings.PickupDirectory));
            if (settings.UsesSmtp && linksUnset)
            {
                logger.LogWarning("{Key} is not set: links in mails point to {BaseUrl}", PublicSite.ConfigurationKey, PublicSite.DefaultBaseUrl);
            }

            return sp.GetRequiredService<OutboxSender>();
        });
        return services;
    }
}
