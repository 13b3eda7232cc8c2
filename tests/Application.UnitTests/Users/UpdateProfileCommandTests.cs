// UpdateProfileCommand: the current user changes display name, time zone and first day of the week; the session follows.
using Sched.Application.Users.Commands.UpdateProfile;
using Sched.Application.Users.Queries.GetProfile;
using Sched.Application.Common.Security;

namespace Sched.Application.UnitTests.Users;

public sealed class UpdateProfileCommandTests : SignedInUserTests
{
    [Fact]
    public async Task Saves_the_trimmed_display_name_and_zone()
    {
        await UpdateProfile(new UpdateProfileCommand(" Ada Lovelace ", " America/New_York "));

        (await GetProfile()).Should().Be(new UserProfile(Email, "Ada Lovelace", "America/New_York"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_zone_is_stored_as_none_meaning_the_default(string? zone)
    {
        await UpdateProfile(new UpdateProfileCommand("Ada", "Europe/Berlin"));

        await Host.SendAsync(new UpdateProfileCommand("  ", zone));

        (await GetProfile()).Should().Be(new UserProfile(Email, null, null));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("America/New York")]
    public async Task Refuses_an_unknown_zone_on_its_field_and_changes_nothing(string zone)
    {
        var send = () => Host.SendAsync(new UpdateProfileCommand("Ada", zone));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal("TimeZoneId");
        (await GetProfile()).Should().Be(new UserProfile(Email, null, null));
    }

    [Fact]
    public async Task Renews_the_session_so_it_carries_the_new_zone()
    {
        await UpdateProfile(new UpdateProfileCommand(null, "America/New_York"));

        var renewed = Host.Authentication.SignIns.Should().ContainSingle().Subject;
        renewed.UserId.Should().Be(UserId);
        renewed.Principal.FindFirst(SchedClaimTypes.TimeZone)!.Value.Should().Be("America/New_York");
    }

    [Fact]
    public async Task Saves_the_first_day_of_the_week_and_renews_the_session_with_it()
    {
        (await GetProfile()).FirstDayOfWeek.Should().Be(DayOfWeek.Monday, "Monday is the default");

        await UpdateProfile(new UpdateProfileCommand(null, null, DayOfWeek.Sunday));

        (await GetProfile()).Should().Be(new UserProfile(Email, null, null, DayOfWeek.Sunday));
        var renewed = Host.Authentication.SignIns.Should().ContainSingle().Subject;
        renewed.Principal.FindFirst(SchedClaimTypes.FirstDayOfWeek)!.Value.Should().Be("Sunday");
    }

    [Fact]
    public async Task Refuses_a_day_that_is_not_a_weekday_on_its_field()
    {
        var send = () => Host.SendAsync(new UpdateProfileCommand("Ada", null, (DayOfWeek)7));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal("FirstDayOfWeek");
        (await GetProfile()).FirstDayOfWeek.Should().Be(DayOfWeek.Monday);
    }

    private Task<Unit> UpdateProfile(UpdateProfileCommand command) =>
        Host.InScopeAsync(sp => new UpdateProfileCommandHandler(
                sp.GetRequiredService<IAccountService>(), sp.GetRequiredService<ISessionService>(), sp.GetRequiredService<ICurrentUser>(),
                sp.GetRequiredService<IApplicationDbContext>(), sp.GetRequiredService<DefaultTimeZone>())
            .Handle(command, CancellationToken.None));

    private Task<UserProfile> GetProfile() => Host.SendAsync(new GetProfileQuery());
}
