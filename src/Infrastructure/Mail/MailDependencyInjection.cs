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
        services.AddHostedService(sp =>
        {
            var sender = sp.GetRequiredService<OutboxSender>();
            sp.GetRequiredService<ILogger<OutboxSender>>().LogInformation(
                settings.UsesSmtp ? "Mail is sent over SMTP to {Server}" : "No Sched:Smtp:Host: mail is written as .eml files to {Server}",
                settings.UsesSmtp ? $"{settings.Host}:{settings.Port} ({settings.Security})" : Path.GetFullPath(settings.PickupDirectory));
            return sender;
        });
        return services;
    }
}
