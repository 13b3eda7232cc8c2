using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Sched.Infrastructure.Persistence;

namespace Sched.Infrastructure.Sessions;

/// <summary>
/// The cookie handler's session store: tickets live in the database under a random key. Logout
/// deletes the row; ending all of a user's sessions deletes all of theirs.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    /// <summary>The item of a ticket's properties that names its own session, so a request can tell which session it is.</summary>
    public const string SessionKeyItem = "sched.session";

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
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
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        ticket.Properties.Items[SessionKeyItem] = key;
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = ticket.Properties.ExpiresUtc?.UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().UserSessions
            .Where(s => s.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresUtc, expires));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().UserSessions;
        var session = await sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key);
        if (session is null)
        {
            return null;
        }

        if (session.ExpiresUtc < clock.GetUtcNow().UtcDateTime)
        {
            await sessions.Where(s => s.Key == key).ExecuteDeleteAsync();
            return null;
        }

        return TicketSerializer.Default.Deserialize(session.Ticket);
    }

    public async Task RemoveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().UserSessions
            .Where(s => s.Key == key)
            .ExecuteDeleteAsync();
    }

    /// <summary>Ends every session of the user but the one named (if any), at once.</summary>
    public async Task RemoveAllAsync(string userId, string? exceptKey)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().UserSessions
            .Where(s => s.UserId == userId && s.Key != exceptKey)
            .ExecuteDeleteAsync();
    }
}
