// What the account tests start from: Ada signed in through a browser, so current and with a stored session.
namespace Sched.Application.UnitTests.Users;

public abstract class SignedInUserTests : OneUserTests
{
    /// <summary>The key of the stored session that the current request arrives with.</summary>
    protected string SessionKey { get; private set; } = string.Empty;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Host.CurrentUser.UserId = UserId;
        SessionKey = await Host.StartCurrentSessionAsync(UserId);
    }
}
