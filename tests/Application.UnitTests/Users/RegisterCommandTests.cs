// RegisterCommand: with confirmation required (the default) a visitor's account waits for its mailed link,
// and an address that has an account gets the same answer while its owner is told; without it, the new
// user is signed in at once, as before.
using Sched.Application.Users.Commands.Register;
using Sched.Application.Users.Common;

namespace Sched.Application.UnitTests.Users;

public sealed class RegisterCommandTests : IAsyncLifetime
{
    private const string Email = "ada@example.com";

    private readonly SchedTestHost _host = SchedTestHost.InMemory();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Stores_an_unconfirmed_user_signs_nobody_in_and_queues_a_confirmation_link()
    {
        var outcome = await _host.SendAsync(new RegisterCommand(" Ada@Example.COM ", " Ada Lovelace ", TestData.Password, TestData.Password));

        outcome.Should().Be(RegistrationOutcome.ConfirmationMailed);
        var user = (await _host.FindUserAsync(Email))!;
        user.DisplayName.Should().Be("Ada Lovelace");
        user.EmailConfirmed.Should().BeFalse();
        _host.Authentication.SignIns.Should().BeEmpty();
        var mail = (await _host.OutboxAsync()).Should().ContainSingle().Subject;
        mail.Should().BeEquivalentTo(new { To = Email, Subject = "Confirm your Sched address", Purpose = MailPurpose.EmailConfirmation });
        MailLinks.LinkIn(mail.TextBody).Should().StartWith("http://localhost:5241/account/confirm/").And.EndWith("/");
        mail.TextBody.Should().Contain("within 2 days");
    }

    [Fact]
    public async Task An_address_that_has_an_account_gets_the_same_answer_adds_no_user_and_its_owner_is_told()
    {
        await _host.AddUserAsync(Email);

        var outcome = await _host.SendAsync(new RegisterCommand("ADA@example.com", "Impostor", "another password", "another password"));

        outcome.Should().Be(RegistrationOutcome.ConfirmationMailed);
        (await _host.CountUsersAsync()).Should().Be(1);
        _host.Authentication.SignIns.Should().BeEmpty();
        var notice = (await _host.OutboxAsync()).Should().ContainSingle().Subject;
        notice.Should().BeEquivalentTo(new { To = Email, Subject = "Someone tried to use your address on Sched", Purpose = MailPurpose.AddressInUse });
        notice.TextBody.Should().Contain("On Monday 2 March 2026 at 9:30am (UTC), someone tried to use your address ada@example.com");
        MailLinks.LinkIn(notice.TextBody).Should().Be("http://localhost:5241/account/forgot/");
        (await _host.AcceptsCredentialsAsync(Email, TestData.Password)).Should().BeTrue("the owner's account is unchanged");
    }

    [Fact]
    public async Task The_owner_of_a_taken_address_is_told_at_most_three_times_an_hour()
    {
        await _host.AddUserAsync(Email);

        for (var i = 0; i < 5; i++)
        {
            await _host.SendAsync(new RegisterCommand(Email, null, "another password", "another password"));
        }

        (await _host.OutboxAsync()).Should().HaveCount(3);
    }

    [Fact]
    public async Task A_confirmation_that_differs_is_refused_on_it_and_stores_no_user()
    {
        var register = () => _host.SendAsync(new RegisterCommand(Email, null, TestData.Password, $"{TestData.Password}!"));

        var refusal = await register.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal("ConfirmPassword");
        (await _host.CountUsersAsync()).Should().Be(0);
        (await _host.OutboxAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Without_confirmation_creates_the_user_and_signs_them_in()
    {
        await using var host = WithoutConfirmation();

        var outcome = await host.SendAsync(new RegisterCommand(" Ada@Example.COM ", " Ada Lovelace ", TestData.Password, TestData.Password));

        outcome.Should().Be(RegistrationOutcome.SignedIn);
        var user = (await host.FindUserAsync(Email))!;
        user.DisplayName.Should().Be("Ada Lovelace");
        user.IsActive.Should().BeTrue();
        var signIn = host.Authentication.SignIns.Should().ContainSingle().Subject;
        signIn.Scheme.Should().Be(IdentityConstants.ApplicationScheme);
        signIn.UserId.Should().Be(user.Id);
        signIn.Properties!.IsPersistent.Should().BeFalse();
        (await host.OutboxAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Without_confirmation_an_email_already_used_in_another_case_is_refused_on_email_and_signs_nobody_in()
    {
        await using var host = WithoutConfirmation();
        await host.AddUserAsync(Email);

        var register = () => host.SendAsync(new RegisterCommand("ADA@example.com", null, "another password", "another password"));

        var refusal = await register.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal("Email");
        (await host.CountUsersAsync()).Should().Be(1);
        host.Authentication.SignIns.Should().BeEmpty();
    }

    private static SchedTestHost WithoutConfirmation() => SchedTestHost.InMemory(services =>
        services.AddSingleton(EmailConfirmationSettings.Checked(false, EmailConfirmationSettings.DefaultLinkLifetime, 3)));
}
