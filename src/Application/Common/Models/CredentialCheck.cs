namespace Sched.Application.Common.Models;

/// <summary>What the account store says about an email and password: the outcome, and whose they are when right.</summary>
public sealed record CredentialCheck(SignInOutcome Outcome, string? UserId)
{
    public static readonly CredentialCheck Failed = new(SignInOutcome.Failed, null);
}
