// AuthenticateCommand: the credential step of login. Checks an active user's email and password without
// starting a session, counts wrong passwords toward lockout, and logs failures without the password.
using Microsoft.Extensions.Logging;
using Sched.Application.Users.Commands.Authenticate;
using Sched.Application.Users.Common;

namespace Sched.Application.UnitTests.Users;

public sealed class AuthenticateCommandTests : OneUserTests
{
    private const string WrongPassword = "not the password";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.AddUserAsync("inactive@example.com", active: false);
        await Host.AddUserAsync(Unconfirmed, emailConfirmed: false);
    }

    private const string Unconfirmed = "unconfirmed@example.com";

    [Fact]
    public async Task The_right_password_of_an_unconfirmed_address_says_so_and_gives_no_proof()
    {
        var result = await Authenticate(Unconfirmed, TestData.Password);

        result.Should().Be(new AuthenticationResult(SignInOutcome.EmailNotConfirmed, null));
    }

    [Fact]
    public async Task A_wrong_password_of_an_unconfirmed_address_fails_like_any_other()
    {
        var result = await Authenticate(Unconfirmed, WrongPassword);

        result.Should().Be(new AuthenticationResult(SignInOutcome.Failed, null));
    }

    [Fact]
    public async Task An_unconfirmed_address_signs_in_when_confirmation_is_not_required()
    {
        await using var host = SchedTestHost.InMemory(services =>
            services.AddSingleton(EmailConfirmationSettings.Checked(false, EmailConfirmationSettings.DefaultLinkLifetime, 3)));
        await host.AddUserAsync(Unconfirmed, emailConfirmed: false);

        var result = await host.SendAsync(new AuthenticateCommand(Unconfirmed, TestData.Password));

        result.Outcome.Should().Be(SignInOutcome.Succeeded);
    }

    [Fact]
    public async Task Returns_proof_of_the_user_for_valid_credentials()
    {
        var result = await Authenticate(Email, TestData.Password);

        result.Outcome.Should().Be(SignInOutcome.Succeeded);
        result.User!.Id.Should().Be(UserId);
    }

    [Fact]
    public async Task Trims_and_lower_cases_the_email()
    {
        var result = await Authenticate(" Ada@Example.COM ", TestData.Password);

        result.User!.Id.Should().Be(UserId);
    }

    [Theory]
    [InlineData(Email, WrongPassword)]
    [InlineData("grace@example.com", TestData.Password)]
    [InlineData("inactive@example.com", TestData.Password)]
    [InlineData("not an address", TestData.Password)]
    public async Task Fails_alike_for_wrong_password_unknown_email_and_inactive_user(string email, string password)
    {
        var result = await Authenticate(email, password);

        result.Should().Be(new AuthenticationResult(SignInOutcome.Failed, null));
    }

    [Fact]
    public async Task Does_not_sign_in()
    {
        await Authenticate(Email, TestData.Password);

        Host.Authentication.SignIns.Should().BeEmpty();
    }

    [Fact]
    public async Task Locks_out_on_the_fifth_wrong_password()
    {
        var outcomes = new List<SignInOutcome>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            outcomes.Add((await Authenticate(Email, WrongPassword)).Outcome);
        }

        outcomes.Should().Equal(
            SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.LockedOut);
    }

    [Fact]
    public async Task Refuses_the_right_password_while_locked_out()
    {
        await FailFiveTimes();

        var result = await Authenticate(Email, TestData.Password);

        result.Should().Be(new AuthenticationResult(SignInOutcome.LockedOut, null));
    }

    [Fact]
    public async Task Locks_out_for_five_minutes()
    {
        await FailFiveTimes();

        // Identity 10's UserManager reads the system clock for lockout, not the TimeProvider.
        var user = await Host.FindUserAsync(Email);
        user!.LockoutEnd.Should().BeCloseTo(DateTimeOffset.UtcNow.AddMinutes(5), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_right_password_forgives_earlier_wrong_ones()
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await Authenticate(Email, WrongPassword);
        }

        await Authenticate(Email, TestData.Password);
        var result = await Authenticate(Email, WrongPassword);

        result.Outcome.Should().Be(SignInOutcome.Failed);
    }

    [Theory]
    [InlineData("", TestData.Password, "Email")]
    [InlineData("   ", TestData.Password, "Email")]
    [InlineData(Email, "", "Password")]
    public async Task Refuses_missing_credentials(string email, string password, string invalidField)
    {
        var send = () => Host.SendAsync(new AuthenticateCommand(email, password));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal(invalidField);
    }

    [Fact]
    public async Task Logs_a_failed_attempt_with_email_and_client_address_but_never_the_password()
    {
        var log = new RecordingLogger();

        await Authenticate(Email, WrongPassword, log);
        await Authenticate(Email, TestData.Password, log);

        var warning = log.Messages.Should().ContainSingle("only the failed attempt is a warning").Subject;
        warning.Should().Contain(Email).And.Contain(Host.CurrentUser.ClientAddress!).And.Contain(nameof(SignInOutcome.Failed));
        warning.Should().NotContain(WrongPassword);
    }

    [Fact]
    public async Task Logs_a_malformed_email_as_the_address_rule_reads_it()
    {
        var log = new RecordingLogger();

        await Authenticate("  Ada AT Example ", TestData.Password, log);

        log.Messages.Should().ContainSingle().Which.Should().StartWith("Failed login for ada at example from ");
    }

    private async Task FailFiveTimes()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Authenticate(Email, WrongPassword);
        }
    }

    private Task<AuthenticationResult> Authenticate(string email, string password, ILogger<AuthenticateCommandHandler>? logger = null) =>
        Host.InScopeAsync(sp => new AuthenticateCommandHandler(
                sp.GetRequiredService<IAccountService>(), sp.GetRequiredService<EmailConfirmationSettings>(), sp.GetRequiredService<ICurrentUser>(),
                logger ?? sp.GetRequiredService<ILogger<AuthenticateCommandHandler>>())
            .Handle(new AuthenticateCommand(email, password), CancellationToken.None));

    /// <summary>Keeps every warning or worse, as the log would write it.</summary>
    private sealed class RecordingLogger : ILogger<AuthenticateCommandHandler>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning)
            {
                Messages.Add(formatter(state, exception));
            }
        }
    }
}
