namespace Sched.Infrastructure.Sessions;

/// <summary>
/// One signed-in session, held on the server. The browser's cookie carries only the protected
/// key; deleting the row ends the session, so a cookie replayed after logout is worthless.
/// </summary>
public sealed class UserSession
{
    public const int KeyLength = 64;

    public required string Key { get; init; }

    public required string UserId { get; init; }

    /// <summary>The serialized authentication ticket (claims and properties).</summary>
    public required byte[] Ticket { get; set; }

    public DateTime? ExpiresUtc { get; set; }

    public DateTime Created { get; init; }
}
