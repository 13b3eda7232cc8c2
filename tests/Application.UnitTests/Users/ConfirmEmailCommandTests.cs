// ConfirmEmailCommand and SendConfirmationAgainCommand: a registered account's mailed link confirms its
// address once, within Sched:Account:ConfirmLinkLifetime, and then it signs in; the link can be sent again.
using Sched.Application.Users.Commands.Authenticate;
using Sched.Application.Users.Commands.ConfirmEmail;
using Sched.Application.Users.Commands.ForgotPassword;
using Sched.Application.Users.Commands.Register;
using Sched.Application.Users.Commands.SendConfirmationAgain;
using Sched.Application.Users.Queries.CheckConfirmLink;

namespace Sched.Application.UnitTests.Users;

public sealed class ConfirmEmailCommandTests : IAsyncLifetime
{
    private const string Email = "ada@example.com";

    private readonly SchedTestHost _host = SchedTestHost.InMemory();

    public async Task InitializeAsync() =>
        await _host.SendAsync(new RegisterCommand(Email, null, TestData.Password, TestData.Password));

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task The_link_confirms_the_address_and_the_account_signs_in_from_then_on()
    {
        (await SignInOutcomeAsync()).Should().Be(SignInOutcome.EmailNotConfirmed);

        await _host.SendAsync(new ConfirmEmailCommand(await LastTokenAsync()));

        (await _host.FindUserAsync(Email))!.EmailConfirmed.Should().BeTrue();
        (await SignInOutcomeAsync()).Should().Be(SignInOutcome.Succeeded);
    }

    [Fact]
    public async Task The_link_works_once()
    {
        var token = await LastTokenAsync();
        await _host.SendAsync(new ConfirmEmailCommand(token));

        var again = () => _host.SendAsync(new ConfirmEmailCommand(token));

        (await again.Should().ThrowAsync<ValidationException>()).Which.Errors[string.Empty]
            .Should().Equal("This link no longer works: it has expired or was already used.");
        (await _host.SendAsync(new CheckConfirmLinkQuery(token))).Should().BeFalse();
    }

    [Fact]
    public async Task The_link_works_until_its_lifetime_has_passed()
    {
        var token = await LastTokenAsync();

        _host.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromSeconds(1));
        (await _host.SendAsync(new CheckConfirmLinkQuery(token))).Should().BeTrue();

        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        (await _host.SendAsync(new CheckConfirmLinkQuery(token))).Should().BeFalse();
        var late = () => _host.SendAsync(new ConfirmEmailCommand(token));
        await late.Should().ThrowAsync<ValidationException>();
        (await SignInOutcomeAsync()).Should().Be(SignInOutcome.EmailNotConfirmed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_token_that_is_not_ours_confirms_nothing(string token)
    {
        (await _host.SendAsync(new CheckConfirmLinkQuery(token))).Should().BeFalse();
        var confirm = () => _host.SendAsync(new ConfirmEmailCommand(token));
        await confirm.Should().ThrowAsync<ValidationException>();
    }

    [Fact]
    public async Task A_reset_link_of_the_same_account_confirms_nothing_here()
    {
        await _host.SendAsync(new ForgotPasswordCommand(Email));

        (await _host.SendAsync(new CheckConfirmLinkQuery(await LastTokenAsync()))).Should().BeFalse();
    }

    [Fact]
    public async Task Sending_again_queues_a_new_link_that_works_too()
    {
        await _host.SendAsync(new SendConfirmationAgainCommand(" ADA@example.com "));

        var mails = await _host.OutboxAsync();
        mails.Should().HaveCount(2).And.OnlyContain(m => m.Purpose == MailPurpose.EmailConfirmation && m.To == Email);
        await _host.SendAsync(new ConfirmEmailCommand(MailLinks.TokenIn(mails[^1])));
        (await SignInOutcomeAsync()).Should().Be(SignInOutcome.Succeeded);
    }

    [Fact]
    public async Task Sending_again_queues_nothing_for_a_confirmed_or_unknown_address_and_at_most_three_an_hour()
    {
        await _host.AddUserAsync("grace@example.com");

        await _host.SendAsync(new SendConfirmationAgainCommand("grace@example.com"));
        await _host.SendAsync(new SendConfirmationAgainCommand("nobody@example.com"));
        for (var i = 0; i < 4; i++)
        {
            await _host.SendAsync(new SendConfirmationAgainCommand(Email));
        }

        (await _host.OutboxAsync()).Should().HaveCount(3).And.OnlyContain(m => m.To == Email, "the first link and two more this hour");
    }

    private async Task<string> LastTokenAsync() => MailLinks.TokenIn((await _host.OutboxAsync()).Last());

    private async Task<SignInOutcome> SignInOutcomeAsync() =>
        (await _host.SendAsync(new AuthenticateCommand(Email, TestData.Password))).Outcome;
}
