// LoginCommand: signs a person in with email and password, with lockout after repeated failures.
using Microsoft.Extensions.Logging;
using Sched.Application.Users.Commands.Login;

namespace Sched.Application.UnitTests.Users;

public sealed class LoginCommandTests : IAsyncLifetime
{
    private const string Email = "ada@example.com";
    private const string WrongPassword = "not the password";

    private readonly SchedTestHost _host = SchedTestHost.InMemory();
    private string _userId = string.Empty;

    public async Task InitializeAsync()
    {
        _userId = await _host.AddUserAsync(Email);
        await _host.AddUserAsync("inactive@example.com", active: false);
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Signs_in_the_user_for_valid_credentials()
    {
        var outcome = await Login(Email, TestData.Password);

        outcome.Should().Be(SignInOutcome.Succeeded);
        var signIn = _host.Authentication.SignIns.Should().ContainSingle().Subject;
        signIn.Scheme.Should().Be(IdentityConstants.ApplicationScheme);
        signIn.UserId.Should().Be(_userId);
    }

    [Fact]
    public async Task Trims_and_lower_cases_the_email()
    {
        var outcome = await Login(" Ada@Example.COM ", TestData.Password);

        outcome.Should().Be(SignInOutcome.Succeeded);
        _host.Authentication.SignIns.Should().ContainSingle().Which.UserId.Should().Be(_userId);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Remember_me_decides_whether_the_session_outlives_the_browser(bool rememberMe)
    {
        await Login(Email, TestData.Password, rememberMe);

        _host.Authentication.SignIns.Should().ContainSingle().Which.Properties!.IsPersistent.Should().Be(rememberMe);
    }

    [Theory]
    [InlineData(Email, WrongPassword)]
    [InlineData("grace@example.com", TestData.Password)]
    [InlineData("inactive@example.com", TestData.Password)]
    public async Task Fails_alike_for_wrong_password_unknown_email_and_inactive_user(string email, string password)
    {
        var outcome = await Login(email, password);

        outcome.Should().Be(SignInOutcome.Failed);
        _host.Authentication.SignIns.Should().BeEmpty();
    }

    [Fact]
    public async Task Locks_out_on_the_fifth_wrong_password()
    {
        var outcomes = new List<SignInOutcome>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            outcomes.Add(await Login(Email, WrongPassword));
        }

        outcomes.Should().Equal(
            SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.LockedOut);
    }

    [Fact]
    public async Task Refuses_the_right_password_while_locked_out()
    {
        await FailFiveTimes();

        var outcome = await Login(Email, TestData.Password);

        outcome.Should().Be(SignInOutcome.LockedOut);
        _host.Authentication.SignIns.Should().BeEmpty();
    }

    [Fact]
    public async Task Locks_out_for_five_minutes()
    {
        await FailFiveTimes();

        // Identity 10's UserManager reads the system clock for lockout, not the TimeProvider.
        var user = await _host.FindUserAsync(Email);
        user!.LockoutEnd.Should().BeCloseTo(DateTimeOffset.UtcNow.AddMinutes(5), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_successful_sign_in_forgives_earlier_wrong_passwords()
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await Login(Email, WrongPassword);
        }

        await Login(Email, TestData.Password);
        var outcome = await Login(Email, WrongPassword);

        outcome.Should().Be(SignInOutcome.Failed);
    }

    [Theory]
    [InlineData("", TestData.Password, "Email")]
    [InlineData("   ", TestData.Password, "Email")]
    [InlineData(Email, "", "Password")]
    public async Task Refuses_missing_credentials(string email, string password, string invalidField)
    {
        var send = () => _host.SendAsync(new LoginCommand(email, password, RememberMe: false));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal(invalidField);
        _host.Authentication.SignIns.Should().BeEmpty();
    }

    private async Task FailFiveTimes()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Login(Email, WrongPassword);
        }
    }

    [Fact]
    public async Task Logs_a_failed_login_with_email_and_client_address_but_never_the_password()
    {
        var log = new RecordingLogger();

        await Login(Email, WrongPassword, logger: log);
        await Login(Email, TestData.Password, logger: log);

        var warning = log.Messages.Should().ContainSingle("only the failed attempt is a warning").Subject;
        warning.Should().Contain(Email).And.Contain(_host.CurrentUser.ClientAddress!).And.Contain(nameof(SignInOutcome.Failed));
        warning.Should().NotContain(WrongPassword);
    }

    private Task<SignInOutcome> Login(string email, string password, bool rememberMe = false, ILogger<LoginCommandHandler>? logger = null) =>
        _host.InScopeAsync(sp => new LoginCommandHandler(
                sp.GetRequiredService<IIdentityService>(), sp.GetRequiredService<ICurrentUser>(), logger ?? sp.GetRequiredService<ILogger<LoginCommandHandler>>())
            .Handle(new LoginCommand(email, password, rememberMe), CancellationToken.None));

    /// <summary>Keeps every warning or worse, as the log would write it.</summary>
    private sealed class RecordingLogger : ILogger<LoginCommandHandler>
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
