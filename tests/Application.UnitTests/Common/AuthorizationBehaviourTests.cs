// AuthorizationBehaviour: requests marked [Authorize] need a signed-in user; every other request says
// out loud that it is meant for anonymous callers.
using System.Reflection;
using Sched.Application.Appointments.Queries.GetAppointments;
using Sched.Application.CalendarFeeds.Queries.GetCalendarFeed;
using Sched.Application.Users.Commands.Authenticate;
using Sched.Application.Users.Commands.ConfirmEmail;
using Sched.Application.Users.Commands.ConfirmEmailChange;
using Sched.Application.Users.Commands.CreateUser;
using Sched.Application.Users.Commands.ForgotPassword;
using Sched.Application.Users.Commands.Login;
using Sched.Application.Users.Commands.Logout;
using Sched.Application.Users.Commands.Register;
using Sched.Application.Users.Commands.ResetPassword;
using Sched.Application.Users.Commands.SendConfirmationAgain;
using Sched.Application.Users.Commands.SetUserActive;
using Sched.Application.Users.Queries.CheckConfirmLink;
using Sched.Application.Users.Queries.CheckEmailChangeLink;
using Sched.Application.Users.Queries.CheckResetLink;

namespace Sched.Application.UnitTests.Common;

public sealed class AuthorizationBehaviourTests : IAsyncLifetime
{
    /// <summary>
    /// The requests meant for callers who are not signed in: signing in and up, the command line's, and
    /// the calendar feed (a calendar application polls it with the token in its URL as the credential).
    /// </summary>
    private static readonly Type[] AnonymousRequests =
    [
        typeof(AuthenticateCommand), typeof(LoginCommand), typeof(LogoutCommand), typeof(RegisterCommand),
        typeof(CreateUserCommand), typeof(SetUserActiveCommand), typeof(GetCalendarFeedQuery),
        typeof(ForgotPasswordCommand), typeof(CheckResetLinkQuery), typeof(ResetPasswordCommand),
        typeof(SendConfirmationAgainCommand), typeof(CheckConfirmLinkQuery), typeof(ConfirmEmailCommand),
        typeof(CheckEmailChangeLinkQuery), typeof(ConfirmEmailChangeCommand),
    ];

    private readonly SchedTestHost _host = SchedTestHost.InMemory();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Refuses_an_authorized_request_from_an_anonymous_caller_before_validation()
    {
        _host.CurrentUser.UserId = null;

        // Page 0 breaks a rule too; the caller learns only that they must sign in.
        var send = () => _host.SendAsync(new GetAppointmentsQuery(PageNumber: 0));

        await send.Should().ThrowAsync<NotSignedInException>();
    }

    [Fact]
    public async Task Lets_a_signed_in_caller_through()
    {
        _host.CurrentUser.UserId = await _host.AddUserAsync("ada@example.com");

        var page = await _host.SendAsync(new GetAppointmentsQuery());

        page.Page.Items.Should().BeEmpty();
    }

    [Fact]
    public void Every_request_but_the_anonymous_ones_needs_a_signed_in_user()
    {
        var requests = typeof(ApplicationDependencyInjection).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .ToList();

        requests.Should().Contain(AnonymousRequests);
        requests.Except(AnonymousRequests)
            .Where(t => t.GetCustomAttribute<AuthorizeAttribute>() is null)
            .Should().BeEmpty("a request that is not meant for anonymous callers must say [Authorize]");
        AnonymousRequests.Where(t => t.GetCustomAttribute<AuthorizeAttribute>() is not null).Should().BeEmpty();
    }
}
