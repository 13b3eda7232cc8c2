// LogoutCommand: ends the current user's session.
using Sched.Application.Users.Commands.Logout;

namespace Sched.Application.UnitTests.Users;

public sealed class LogoutCommandTests : IAsyncLifetime
{
    private readonly SchedTestHost _host = SchedTestHost.InMemory();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Signs_out_of_the_application_cookie()
    {
        await _host.InScopeAsync(sp => new LogoutCommandHandler(sp.GetRequiredService<ISessionService>())
            .Handle(new LogoutCommand(), CancellationToken.None));

        _host.Authentication.SignOuts.Should().Contain(IdentityConstants.ApplicationScheme);
        _host.Authentication.SignIns.Should().BeEmpty();
    }

    [Fact]
    public async Task Signs_out_through_the_pipeline()
    {
        await _host.SendAsync(new LogoutCommand());

        _host.Authentication.SignOuts.Should().Contain(IdentityConstants.ApplicationScheme);
    }
}
