// ValidationBehaviour: a request that breaks a rule is stopped before its handler runs.
using Sched.Application.Users.Commands.Authenticate;
using Sched.Application.Users.Commands.Logout;
using Sched.Domain.Users;

namespace Sched.Application.UnitTests.Common;

public sealed class ValidationBehaviourTests : IAsyncLifetime
{
    private readonly RecordingAccounts _accounts = new();
    private readonly SchedTestHost _host;

    public ValidationBehaviourTests() =>
        _host = SchedTestHost.InMemory(services => services.AddSingleton<IAccountService>(_accounts));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task An_invalid_request_never_reaches_its_handler()
    {
        var send = () => _host.SendAsync(new AuthenticateCommand("", "a password"));

        await send.Should().ThrowAsync<ValidationException>();
        _accounts.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task A_valid_request_reaches_its_handler()
    {
        var result = await _host.SendAsync(new AuthenticateCommand(" Ada@Example.COM ", "a password"));

        result.Outcome.Should().Be(SignInOutcome.Failed);
        _accounts.Calls.Should().Equal("CheckCredentials ada@example.com");
    }

    [Fact]
    public async Task Reports_every_broken_rule_at_once()
    {
        var send = () => _host.SendAsync(new AuthenticateCommand("", ""));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().BeEquivalentTo("Email", "Password");
    }

    [Fact]
    public async Task A_request_without_validators_reaches_its_handler()
    {
        await _host.SendAsync(new LogoutCommand());

        _host.Authentication.SignOuts.Should().Contain(IdentityConstants.ApplicationScheme);
    }

    /// <summary>Records the credential checks a handler asked for; answers that nothing matched.</summary>
    private sealed class RecordingAccounts : IAccountService
    {
        public List<string> Calls { get; } = [];

        public Task<CredentialCheck> CheckCredentialsAsync(EmailAddress email, string password, CancellationToken cancellationToken)
        {
            Calls.Add($"CheckCredentials {email}");
            return Task.FromResult(CredentialCheck.Failed);
        }

        public Task<AccountCreation> CreateAsync(
            EmailAddress email, string password, string? displayName, bool emailConfirmed, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<UserProfile?> FindProfileAsync(EmailAddress email, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<bool> CheckPasswordAsync(string userId, string password, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<string?> SetActiveAsync(EmailAddress email, bool active, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<UserProfile?> GetProfileAsync(string userId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<bool> UpdateProfileAsync(
            string userId, string? displayName, string? timeZoneId, DayOfWeek firstDayOfWeek, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<FieldError>> ChangePasswordAsync(
            string userId, string currentPassword, string newPassword, OutgoingMail notice, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<AccountLinkTicket?> StartPasswordResetAsync(EmailAddress email, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<AccountLinkTicket?> FindPasswordResetAsync(string token, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<FieldError>> ResetPasswordAsync(
            string token, string newPassword, OutgoingMail notice, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<AccountLinkTicket?> StartEmailConfirmationAsync(EmailAddress email, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<AccountLinkTicket?> FindEmailConfirmationAsync(string token, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<string?> ConfirmEmailAsync(string token, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<EmailChangeTicket?> StartEmailChangeAsync(string userId, EmailAddress newEmail, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<EmailChangeTicket?> FindEmailChangeAsync(string token, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<FieldError>> ChangeEmailAsync(string token, OutgoingMail notice, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
