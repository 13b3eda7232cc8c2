// GetProfileQuery: the current user's email, display name and time zone, for the account page.
using Sched.Application.Users.Queries.GetProfile;

namespace Sched.Application.UnitTests.Users;

public sealed class GetProfileQueryTests : SignedInUserTests
{
    [Fact]
    public async Task Reads_email_display_name_and_zone()
    {
        await Host.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByIdAsync(UserId);
            user!.DisplayName = "Ada Lovelace";
            user.TimeZoneId = "Europe/London";
            return await users.UpdateAsync(user);
        });

        var profile = await GetProfile();

        profile.Should().Be(new UserProfile(Email, "Ada Lovelace", "Europe/London"));
    }

    [Fact]
    public async Task A_user_who_chose_nothing_has_no_name_and_the_default_zone()
    {
        var profile = await GetProfile();

        profile.Should().Be(new UserProfile(Email, null, null));
    }

    [Fact]
    public async Task A_user_who_no_longer_exists_is_not_found()
    {
        Host.CurrentUser.UserId = "gone";

        var get = GetProfile;

        await get.Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task The_pipeline_refuses_an_anonymous_caller()
    {
        Host.CurrentUser.UserId = null;

        var get = () => Host.SendAsync(new GetProfileQuery());

        await get.Should().ThrowAsync<NotSignedInException>();
    }

    private Task<UserProfile> GetProfile() =>
        Host.InScopeAsync(sp => new GetProfileQueryHandler(sp.GetRequiredService<IAccountService>(), sp.GetRequiredService<ICurrentUser>())
            .Handle(new GetProfileQuery(), CancellationToken.None));
}
