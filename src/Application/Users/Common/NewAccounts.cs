using Sched.Domain.Users;

namespace Sched.Application.Users.Common;

/// <summary>Storing a new user, shared by the command line's create-user and the web's registration.</summary>
public static class NewAccounts
{
    /// <summary>Stores the validated input as an active user and returns the id; a refusal is a <see cref="ValidationException"/>.</summary>
    public static async Task<string> CreateAsync(
        this IAccountService accounts, string email, string password, string? displayName, bool emailConfirmed, CancellationToken cancellationToken)
    {
        if (!EmailAddress.TryParse(email, out var address))
        {
            throw new ValidationException("Email", AccountRules.EmailMessage(EmailAddress.Inspect(email)));
        }

        var creation = await accounts.CreateAsync(address, password, AccountRules.DisplayNameOrNull(displayName), emailConfirmed, cancellationToken);
        return creation.UserId ?? throw new ValidationException(creation.Errors);
    }
}
