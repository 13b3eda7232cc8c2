// SetUserActiveCommand: stops a user from signing in, or lets them again; their data stays.
using Sched.Application.Users.Commands.SetUserActive;

namespace Sched.Application.UnitTests.Users;

public sealed class SetUserActiveCommandTests : IAsyncLifetime
{
    private const string Email = "ada@example.com";

    private readonly SchedTestHost _host = SchedTestHost.InMemory();
    private string _userId = string.Empty;

    public async Task InitializeAsync() => _userId = await _host.AddUserAsync(Email);

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_deactivated_user_cannot_authenticate()
    {
        await SetActive(Email, active: false);

        (await Authenticate()).Should().BeNull();
        (await _host.FindUserAsync(Email))!.IsActive.Should().BeFalse();
    }

    [Fact]
    public async Task A_deactivated_user_cannot_log_in()
    {
        await SetActive(Email, active: false);

        var outcome = await _host.InScopeAsync(sp => sp.GetRequiredService<IIdentityService>()
            .PasswordSignInAsync(Email, SchedTestHost.DefaultPassword, rememberMe: false, CancellationToken.None));

        outcome.Should().Be(SignInOutcome.Failed);
        _host.Authentication.SignIns.Should().BeEmpty();
    }

    [Fact]
    public async Task A_reactivated_user_can_authenticate_again()
    {
        await SetActive(Email, active: false);

        await SetActive(Email, active: true);

        (await Authenticate())!.Id.Should().Be(_userId);
    }

    [Fact]
    public async Task Trims_and_lower_cases_the_email()
    {
        await SetActive(" ADA@example.com ", active: false);

        (await _host.FindUserAsync(Email))!.IsActive.Should().BeFalse();
    }

    [Fact]
    public async Task Throws_not_found_for_an_unknown_email()
    {
        var setActive = () => SetActive("grace@example.com", active: false);

        await setActive.Should().ThrowAsync<NotFoundException>().WithMessage("*grace@example.com*");
    }

    [Fact]
    public async Task Deactivation_changes_the_security_stamp()
    {
        var stampBefore = (await _host.FindUserAsync(Email))!.SecurityStamp;

        await SetActive(Email, active: false);

        var stampAfter = (await _host.FindUserAsync(Email))!.SecurityStamp;
        stampAfter.Should().NotBeNullOrEmpty().And.NotBe(stampBefore);
    }

    [Fact]
    public async Task Stamps_modified_from_the_clock_and_keeps_created()
    {
        _host.Clock.Advance(TimeSpan.FromDays(3));

        await SetActive(Email, active: false);

        var user = await _host.FindUserAsync(Email);
        user!.Created.Should().Be(SchedTestHost.Start.UtcDateTime);
        user.Modified.Should().Be(SchedTestHost.Start.UtcDateTime.AddDays(3));
    }

    [Fact]
    public async Task Deactivation_ends_every_session_of_the_user_and_no_one_elses()
    {
        var graceId = await _host.AddUserAsync("grace@example.com");
        var gracesSession = await _host.StoreSessionAsync(graceId);
        await _host.StoreSessionAsync(_userId);
        await _host.StoreSessionAsync(_userId);

        await SetActive(Email, active: false);

        (await _host.SessionKeysAsync(_userId)).Should().BeEmpty();
        (await _host.SessionKeysAsync(graceId)).Should().Equal(gracesSession);
    }

    [Fact]
    public async Task Reactivation_keeps_the_users_sessions()
    {
        var session = await _host.StoreSessionAsync(_userId);

        await SetActive(Email, active: true);

        (await _host.SessionKeysAsync(_userId)).Should().Equal(session);
    }

    [Fact]
    public async Task The_pipeline_refuses_a_missing_email()
    {
        var send = () => _host.SendAsync(new SetUserActiveCommand("  ", Active: false));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal("Email");
    }

    private Task<Unit> SetActive(string email, bool active) =>
        _host.InScopeAsync(sp => new SetUserActiveCommandHandler(sp.GetRequiredService<IIdentityService>())
            .Handle(new SetUserActiveCommand(email, active), CancellationToken.None));

    private Task<AuthenticatedUser?> Authenticate() =>
        _host.InScopeAsync(sp => sp.GetRequiredService<IIdentityService>()
            .AuthenticateAsync(Email, SchedTestHost.DefaultPassword, CancellationToken.None));
}
