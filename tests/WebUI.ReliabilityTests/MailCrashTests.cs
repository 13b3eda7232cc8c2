// Crash with mail in the outbox: the built app is killed with SIGKILL while its SMTP server is down
// and a mail waits for its next try; the next start delivers it.
using System.Net;
using Sched.WebUI.ReliabilityTests.Infrastructure;

namespace Sched.WebUI.ReliabilityTests;

public sealed class MailCrashTests
{
    private const string Email = "mail-crash@example.com";

    [Fact]
    public async Task Mail_queued_before_a_kill_is_sent_after_the_restart()
    {
        using var database = new TempDatabase();
        (await AppProcess.RunCommandAsync(database, "create-user", "--email", Email, "--password", TestData.Password)).ExitCode.Should().Be(0);
        await using var smtp = await SmtpTestServer.StartAsync();
        await smtp.StopAsync();
        // A retry five seconds on: the kill falls between two tries, not inside one (a try cut short
        // keeps its lease, and the mail waits out the lease, two minutes, before another sender may take it).
        var environment = smtp.AppSettings.Where(s => s.Key != "Sched:Email:RetryDelay").Append((Key: "Sched:Email:RetryDelay", Value: "00:00:05"))
            .Select(s => (s.Key.Replace(":", "__", StringComparison.Ordinal), s.Value)).ToArray();

        await using (var app = await AppProcess.StartServerAsync(database, environment))
        {
            using var client = BrowserClient.ForServer(app.Address);
            await client.LogInSuccessfullyAsync(Email, TestData.Password);
            using var change = await client.SubmitFormAsync("/account/password/", new Dictionary<string, string>
            {
                ["CurrentPassword"] = TestData.Password,
                ["NewPassword"] = TestData.NewPassword,
                ["ConfirmNewPassword"] = TestData.NewPassword,
            });
            change.StatusCode.Should().Be(HttpStatusCode.Redirect);
            for (var waited = 0; waited < 600 && database.CountMailsWaitingForRetry() == 0; waited++)
            {
                await Task.Delay(50);
            }

            database.CountMailsWaitingForRetry().Should().Be(1, "the notice should have been tried once and wait for its next try");
            app.Kill();
        }

        await smtp.RestartAsync();
        smtp.Unread().Should().BeEmpty("the server was down until the app was killed");
        await using var restarted = await AppProcess.StartServerAsync(database, environment);

        (await smtp.WaitForMessageToAsync(Email)).Subject.Should().Be("Your Sched password was changed");
    }
}
