// What the account tests start from: Ada signed in through a browser, so current and with a stored session.
namespace Sched.Application.UnitTests.Users;

public abstract class SignedInUserTests : IAsyncLifetime
{
    protected const string Email = "ada@example.com";

    protected SchedTestHost Host { get; } = SchedTestHost.InMemory();

    protected string UserId { get; private set; } = string.Empty;

    /// <summary>The key of the stored session that the current request arrives with.</summary>
    protected string SessionKey { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        UserId = await Host.AddUserAsync(Email);
        Host.CurrentUser.UserId = UserId;
        SessionKey = await Host.StartCurrentSessionAsync(UserId);
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();
}
