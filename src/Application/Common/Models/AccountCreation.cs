namespace Sched.Application.Common.Models;

/// <summary>
/// The result of storing a user: its id, or the broken rules keyed by field name. <see cref="EmailTaken"/>
/// says the refusal was that another account already uses the address.
/// </summary>
public sealed record AccountCreation(string? UserId, IReadOnlyList<FieldError> Errors, bool EmailTaken = false)
{
    public static AccountCreation Created(string userId) => new(userId, []);

    public static AccountCreation Refused(IReadOnlyList<FieldError> errors, bool emailTaken) => new(null, errors, emailTaken);
}
