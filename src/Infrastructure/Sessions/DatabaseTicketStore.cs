using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Sched.Infrastructure.Persistence;

namespace Sched.Infrastructure.Sessions;

/// <summary>
/// The cookie handler's session store: tickets live in the database under a random key. Logout
/// deletes the row; ending all of a user's sessions deletes all of theirs. A singleton (the cookie
/// options hold it), so each call rents a DbContext of its own from the pool. Every request reads
/// its session here, so that read is a compiled query of two columns.
/// </summary>
public sealed class DatabaseTicketStore(IDbContextFactory<ApplicationDbContext> contexts, TimeProvider clock) : ITicketStore
{
    /// <summary>The item of a ticket's properties that names its own session, so a request can tell which session it is.</summary>
    public const string SessionKeyItem = "sched.session";

    private static readonly CompiledPerModel<Func<ApplicationDbContext, string, CancellationToken, Task<StoredTicket?>>> FindTicket =
        new(() => EF.CompileAsyncQuery((ApplicationDbContext db, string key, CancellationToken _) => db.UserSessions
            .Where(s => s.Key == key)
            .Select(s => new StoredTicket(s.Ticket, s.ExpiresUtc))
            .SingleOrDefault()));

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(UserSession.KeyLength / 2));
        ticket.Properties.Items[SessionKeyItem] = key;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
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
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.WriteAsync(
            token => db.UserSessions
                .Where(s => s.Key == key)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresUtc, expires), token),
            cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var session = await FindTicket.For(db)(db, key, cancellationToken);
        if (session is null)
        {
            return null;
        }

        if (session.ExpiresUtc < clock.GetUtcNow().UtcDateTime)
        {
            await db.WriteAsync(token => db.UserSessions.Where(s => s.Key == key).ExecuteDeleteAsync(token), cancellationToken);
            return null;
        }

        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.WriteAsync(token => db.UserSessions.Where(s => s.Key == key).ExecuteDeleteAsync(token), cancellationToken);
    }

    /// <summary>Ends every session of the user but the one named (if any), at once.</summary>
    public async Task RemoveAllAsync(string userId, string? exceptKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.WriteAsync(
            token => db.UserSessions.Where(s => s.UserId == userId && s.Key != exceptKey).ExecuteDeleteAsync(token),
            cancellationToken);
    }

    /// <summary>Deletes every session that expired, whoever held it; returns how many.</summary>
    public async Task<int> RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WriteAsync(token => db.UserSessions.Where(s => s.ExpiresUtc < now).ExecuteDeleteAsync(token), cancellationToken);
    }

    private sealed record StoredTicket(byte[] Ticket, DateTime? ExpiresUtc);
}
