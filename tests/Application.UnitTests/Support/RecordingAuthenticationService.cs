// A stand-in for the browser's cookie: records what SignInManager asks to sign in or out, and
// answers "who is this request?" with the session a test chose.
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Sched.Application.UnitTests.Support;

public sealed class RecordingAuthenticationService : IAuthenticationService
{
    public List<SignInCall> SignIns { get; } = [];

    public List<string?> SignOuts { get; } = [];

    /// <summary>The session the request arrives with; null for an anonymous request.</summary>
    public AuthenticationTicket? CurrentSession { get; set; }

    public Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme) =>
        Task.FromResult(CurrentSession is null ? AuthenticateResult.NoResult() : AuthenticateResult.Success(CurrentSession));

    public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => Task.CompletedTask;

    public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => Task.CompletedTask;

    public Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties)
    {
        SignIns.Add(new SignInCall(scheme, principal, properties));
        return Task.CompletedTask;
    }

    public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties)
    {
        SignOuts.Add(scheme);
        return Task.CompletedTask;
    }

    public sealed record SignInCall(string? Scheme, ClaimsPrincipal Principal, AuthenticationProperties? Properties)
    {
        public string? UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier);
    }
}
