using Sched.Application.Common.Time;
using Sched.Domain.Users;

namespace Sched.Application.Users.Common;

/// <summary>
/// The mails that registration, "send the link again" and a change of address send to an address someone
/// typed: a confirmation link for an account that waits for one, and a notice to the owner of an address
/// that someone tried to use it. Each goes out at most Sched:RateLimit:ConfirmationMailsPerAddressPerHour
/// times an hour per address; past that, and for an address that gets no mail, the caller answers the same.
/// </summary>
public sealed class AddressMails(
    IAccountService accounts, IMailOutbox outbox, PublicSite site, EmailConfirmationSettings settings, DefaultTimeZone defaultZone,
    TimeProvider clock, ICurrentUser currentUser, ILogger<AddressMails> logger)
{
    /// <summary>Mails a new confirmation link to the active account with this address if it is not confirmed yet; nothing to anyone else.</summary>
    public async Task SendConfirmationLinkAsync(EmailAddress email, CancellationToken cancellationToken)
    {
        if (!await WithinLimitAsync(email, MailPurpose.EmailConfirmation, cancellationToken))
        {
            return;
        }

        if (await accounts.StartEmailConfirmationAsync(email, cancellationToken) is not { } ticket)
        {
            logger.LogInformation("Confirmation link asked for {Email} from {ClientAddress}: no account waits for one, nothing mailed",
                email.Value, ClientAddress);
            return;
        }

        await outbox.QueueAsync(AccountMails.Confirmation(ticket.Profile, LinkTo("confirm", ticket.Token), settings.LinkLifetime), cancellationToken);
        logger.LogInformation("Confirmation link queued for user {UserId}, asked from {ClientAddress}", ticket.UserId, ClientAddress);
    }

    /// <summary>
    /// When an account uses the address, tells its owner that someone tried to use it for another
    /// (registering, or changing an address), with the way to a new password. Returns whether one does.
    /// </summary>
    public async Task<bool> TellOwnerItIsInUseAsync(EmailAddress email, CancellationToken cancellationToken)
    {
        if (await accounts.FindProfileAsync(email, cancellationToken) is not { } owner)
        {
            return false;
        }

        if (await WithinLimitAsync(email, MailPurpose.AddressInUse, cancellationToken))
        {
            await outbox.QueueAsync(
                AccountMails.AddressInUse(owner, clock.GetUtcNow(), defaultZone.For(owner.TimeZoneId), site.Link("account/forgot/")), cancellationToken);
            logger.LogWarning("Someone from {ClientAddress} tried to use the address {Email} of an account; its owner is told", ClientAddress, email.Value);
        }

        return true;
    }

    /// <summary>Mails the link that changes the account's address to the new one, when it opens.</summary>
    public async Task SendEmailChangeLinkAsync(EmailChangeTicket ticket, CancellationToken cancellationToken)
    {
        if (await WithinLimitAsync(ticket.NewEmail, MailPurpose.EmailChangeConfirmation, cancellationToken))
        {
            await outbox.QueueAsync(
                AccountMails.EmailChangeConfirmation(ticket.Profile, ticket.NewEmail, LinkTo("confirm-email", ticket.Token), settings.LinkLifetime),
                cancellationToken);
        }
    }

    private string ClientAddress => currentUser.ClientAddress ?? "(unknown)";

    private string LinkTo(string page, string token) => site.Link($"account/{page}/{Uri.EscapeDataString(token)}/");

    private async Task<bool> WithinLimitAsync(EmailAddress email, string purpose, CancellationToken cancellationToken)
    {
        if (await outbox.AllowsAnotherAsync(email.Value, purpose, settings.MailsPerAddressPerHour, clock, cancellationToken))
        {
            return true;
        }

        logger.LogWarning("No {Purpose} mail to {Email}, asked from {ClientAddress}: {Limit} in the last hour",
            purpose, email.Value, ClientAddress, settings.MailsPerAddressPerHour);
        return false;
    }
}
