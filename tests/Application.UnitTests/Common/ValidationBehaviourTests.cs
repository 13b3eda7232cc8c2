// ValidationBehaviour: a request that breaks a rule is stopped before its handler runs.
using Sched.Application.Users.Commands.Login;
using Sched.Application.Users.Commands.Logout;

namespace Sched.Application.UnitTests.Common;

public sealed class ValidationBehaviourTests : IAsyncLifetime
{
    private readonly RecordingIdentityService _identity = new();
    private readonly SchedTestHost _host;

    public ValidationBehaviourTests() =>
        _host = SchedTestHost.InMemory(services => services.AddSingleton<IIdentityService>(_identity));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task An_invalid_request_never_reaches_its_handler()
    {
        var send = () => _host.SendAsync(new LoginCommand("", "a password", RememberMe: false));

        await send.Should().ThrowAsync<ValidationException>();
        _identity.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task A_valid_request_reaches_its_handler()
    {
        var outcome = await _host.SendAsync(new LoginCommand(" Ada@Example.COM ", "a password", RememberMe: false));

        outcome.Should().Be(SignInOutcome.Failed);
        _identity.Calls.Should().Equal("PasswordSignIn ada@example.com");
    }

    [Fact]
    public async Task Reports_every_broken_rule_at_once()
    {
        var send = () => _host.SendAsync(new LoginCommand("", "", RememberMe: false));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().BeEquivalentTo("Email", "Password");
    }

    [Fact]
    public async Task A_request_without_validators_reaches_its_handler()
    {
        await _host.SendAsync(new LogoutCommand());

        _identity.Calls.Should().Equal("SignOut");
    }

    /// <summary>Records which operations a handler asked for; answers as if nothing matched.</summary>
    private sealed class RecordingIdentityService : IIdentityService
    {
        public List<string> Calls { get; } = [];

        public Task<AuthenticatedUser?> AuthenticateAsync(string email, string password, CancellationToken cancellationToken)
        {
            Calls.Add($"Authenticate {email}");
            return Task.FromResult<AuthenticatedUser?>(null);
        }

        public Task<SignInOutcome> PasswordSignInAsync(string email, string password, bool rememberMe, CancellationToken cancellationToken)
        {
            Calls.Add($"PasswordSignIn {email}");
            return Task.FromResult(SignInOutcome.Failed);
        }

        public Task SignOutAsync()
        {
            Calls.Add("SignOut");
            return Task.CompletedTask;
        }

        public Task<UserCreation> CreateUserAsync(string email, string password, string? displayName, CancellationToken cancellationToken)
        {
            Calls.Add($"CreateUser {email}");
            return Task.FromResult(UserCreation.Refused());
        }

        public Task<bool> SetActiveAsync(string email, bool active, CancellationToken cancellationToken)
        {
            Calls.Add($"SetActive {email}");
            return Task.FromResult(false);
        }

        public Task SignInAsync(string userId, CancellationToken cancellationToken)
        {
            Calls.Add($"SignIn {userId}");
            return Task.CompletedTask;
        }

        public Task<UserProfile?> GetProfileAsync(string userId, CancellationToken cancellationToken)
        {
            Calls.Add($"GetProfile {userId}");
            return Task.FromResult<UserProfile?>(null);
        }

        public Task<bool> UpdateProfileAsync(string userId, string? displayName, string? timeZoneId, CancellationToken cancellationToken)
        {
            Calls.Add($"UpdateProfile {userId}");
            return Task.FromResult(false);
        }

        public Task<IReadOnlyList<FluentValidation.Results.ValidationFailure>> ChangePasswordAsync(
            string userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
        {
            Calls.Add($"ChangePassword {userId}");
            return Task.FromResult<IReadOnlyList<FluentValidation.Results.ValidationFailure>>([]);
        }
    }
}
