namespace Sched.Application.Common.Models;

/// <summary>
/// What the account store says about an email and password: the outcome, whose they are when right, and
/// whether that user's address is confirmed (whether it must be is Application's rule, not the store's).
/// </summary>
public sealed record CredentialCheck(SignInOutcome Outcome, string? UserId, bool EmailConfirmed)
{
    public static readonly CredentialCheck Failed = new(SignInOutcome.Failed, null, false);
}
