namespace Sched.Application.Common.Interfaces;

/// <summary>Who is making the current request; WebUI reads it from the signed-in user's claims.</summary>
public interface ICurrentUser
{
    /// <summary>The signed-in user's id, or null for an anonymous visitor or the command line.</summary>
    string? UserId { get; }
}
