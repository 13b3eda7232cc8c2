using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Sched.Infrastructure.Persistence;

namespace Sched.Infrastructure.Sessions;

/// <summary>
/// The cookie handler's session store: tickets live in the database under a random key. Logout
/// deletes the row; ending all of a user's sessions deletes all of theirs. A singleton (the cookie
/// options hold it), so each call uses a DbContext of its own.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    /// <summary>The item of a ticket's properties that names its own session, so a request can tell which session it is.</summary>
    public const string SessionKeyItem = "sched.session";

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(UserSession.KeyLength / 2));
        ticket.Properties.Items[SessionKeyItem] = key;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        db.UserSessions.Add(new UserSession
        {
            Key = key,
            UserId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
            Ticket = TicketSerializer.Default.Serialize(ticket),
            ExpiresUtc = ticket.Properties.ExpiresUtc?.UtcDateTime,
            Created = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        ticket.Properties.Items[SessionKeyItem] = key;
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = ticket.Properties.ExpiresUtc?.UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        await Sessions(scope)
            .Where(s => s.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresUtc, expires), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sessions = Sessions(scope);
        var session = await sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (session is null)
        {
            return null;
        }

        if (session.ExpiresUtc < clock.GetUtcNow().UtcDateTime)
        {
            await sessions.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
            return null;
        }

        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await Sessions(scope).Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Ends every session of the user but the one named (if any), at once.</summary>
    public async Task RemoveAllAsync(string userId, string? exceptKey, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await Sessions(scope)
            .Where(s => s.UserId == userId && s.Key != exceptKey)
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Deletes every session that expired, whoever held it; returns how many.</summary>
    public async Task<int> RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        return await Sessions(scope).Where(s => s.ExpiresUtc < now).ExecuteDeleteAsync(cancellationToken);
    }

    private static DbSet<UserSession> Sessions(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().UserSessions;
}
