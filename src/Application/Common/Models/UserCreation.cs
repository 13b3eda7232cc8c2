namespace Sched.Application.Common.Models;

/// <summary>The result of storing a user: its id, or the broken rules keyed by field name.</summary>
public sealed record UserCreation(string? UserId, IReadOnlyList<FluentValidation.Results.ValidationFailure> Errors)
{
    public bool Succeeded => UserId is not null;

    public static UserCreation Created(string userId) => new(userId, []);

    public static UserCreation Refused(params FluentValidation.Results.ValidationFailure[] errors) => new(null, errors);
}
