namespace Sched.Application.Users.Queries.GetProfile;

/// <summary>The current user's profile, for the account page.</summary>
[Authorize]
public sealed record GetProfileQuery : IRequest<UserProfile>;

public sealed class GetProfileQueryHandler(IAccountService accounts, ICurrentUser currentUser) : IRequestHandler<GetProfileQuery, UserProfile>
{
    public async Task<UserProfile> Handle(GetProfileQuery request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequiredUserId();
        return await accounts.GetProfileAsync(userId, cancellationToken) ?? throw new NotFoundException("User", userId);
    }
}
