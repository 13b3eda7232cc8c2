namespace Sched.Application.Common.Models;

/// <summary>
/// How a credential check ended. Unknown email, wrong password and inactive user are one outcome,
/// <see cref="Failed"/>, so the answer never tells which of them it was. <see cref="EmailNotConfirmed"/>
/// is told only to whoever gave the right password.
/// </summary>
public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
    EmailNotConfirmed,
}
