// What many user tests start from: one stored, active user, Ada, in a fresh in-memory host.
namespace Sched.Application.UnitTests.Users;

public abstract class OneUserTests : IAsyncLifetime
{
    protected const string Email = "ada@example.com";

    protected SchedTestHost Host { get; } = SchedTestHost.InMemory();

    protected string UserId { get; private set; } = string.Empty;

    public virtual async Task InitializeAsync() => UserId = await Host.AddUserAsync(Email);

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();
}
