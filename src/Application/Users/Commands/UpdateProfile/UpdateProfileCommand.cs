using Sched.Application.Users.Common;

namespace Sched.Application.Users.Commands.UpdateProfile;

/// <summary>The current user changes their display name and time zone (an IANA id; empty means the default).</summary>
public sealed record UpdateProfileCommand(string? DisplayName, string? TimeZoneId) : IRequest<Unit>;

public sealed class UpdateProfileCommandHandler(IIdentityService identity, ICurrentUser currentUser) : IRequestHandler<UpdateProfileCommand, Unit>
{
    public async Task<Unit> Handle(UpdateProfileCommand request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new ForbiddenAccessException();
        var displayName = string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName.Trim();
        var zone = string.IsNullOrWhiteSpace(request.TimeZoneId) ? null : request.TimeZoneId.Trim();
        if (!await identity.UpdateProfileAsync(userId, displayName, zone, cancellationToken))
        {
            throw new NotFoundException("User", userId);
        }

        return Unit.Value;
    }
}

public sealed class UpdateProfileCommandValidator : AbstractValidator<UpdateProfileCommand>
{
    public UpdateProfileCommandValidator()
    {
        RuleFor(c => c.DisplayName).ValidDisplayName();
        RuleFor(c => c.TimeZoneId)
            .Must(id => TimeZoneInfo.TryFindSystemTimeZoneById(id!.Trim(), out _))
            .WithMessage("Choose a time zone from the list.")
            .When(c => !string.IsNullOrWhiteSpace(c.TimeZoneId));
    }
}
