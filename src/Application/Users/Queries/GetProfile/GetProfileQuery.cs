namespace Sched.Application.Users.Queries.GetProfile;

/// <summary>The current user's profile, for the account page.</summary>
public sealed record GetProfileQuery : IRequest<UserProfile>;

public sealed class GetProfileQueryHandler(IIdentityService identity, ICurrentUser currentUser) : IRequestHandler<GetProfileQuery, UserProfile>
{
    public async Task<UserProfile> Handle(GetProfileQuery request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new ForbiddenAccessException();
        return await identity.GetProfileAsync(userId, cancellationToken) ?? throw new NotFoundException("User", userId);
    }
}
