namespace Sched.Application.Common.Models;

/// <summary>The result of storing a user: its id, or the broken rules keyed by field name.</summary>
public sealed record AccountCreation(string? UserId, IReadOnlyList<FieldError> Errors)
{
    public static AccountCreation Created(string userId) => new(userId, []);

    public static AccountCreation Refused(IReadOnlyList<FieldError> errors) => new(null, errors);
}
