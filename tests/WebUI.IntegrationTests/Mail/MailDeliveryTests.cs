// Mail through the real app when the SMTP server misbehaves: pages never wait on it, mail queued while
// it is down arrives once it is back, and a mail that keeps failing stops being tried after the bound.
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sched.Infrastructure.Mail;
using Sched.Infrastructure.Persistence;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Mail;

public sealed class MailDeliveryTests
{
    [Fact]
    public async Task With_the_smtp_server_stopped_pages_answer_fast_and_the_mail_arrives_once_it_is_back()
    {
        await using var app = new AppWithMail();
        await app.InitializeAsync();
        var email = TestData.NewEmail();
        using var client = await app.Factory.CreateSignedInClientAsync(email);
        await app.Smtp.StopAsync();

        var started = Stopwatch.GetTimestamp();
        using var change = await client.ChangePasswordAsync(TestData.Password, TestData.NewPassword);
        var took = Stopwatch.GetElapsedTime(started);

        change.StatusCode.Should().Be(HttpStatusCode.Redirect);
        took.Should().BeLessThan(TimeSpan.FromSeconds(2), "no request waits on the mail server");
        await WaitUntilAsync(() => OutboxAsync(app.Factory), rows => rows.Any(m => m.Attempts >= 1 && m.Status == QueuedMailStatus.Pending));

        await app.Smtp.RestartAsync();

        (await app.Smtp.WaitForMessageToAsync(email)).Subject.Should().Be("Your Sched password was changed");
    }

    [Fact]
    public async Task A_mail_that_keeps_failing_is_marked_failed_after_the_bound_and_never_sent()
    {
        await using var app = new AppWithMail.With(("Sched:Email:MaxAttempts", "2"));
        await app.InitializeAsync();
        var email = TestData.NewEmail();
        using var client = await app.Factory.CreateSignedInClientAsync(email);
        await app.Smtp.StopAsync();

        await client.ChangePasswordAsync(TestData.Password, TestData.NewPassword);

        var rows = await WaitUntilAsync(() => OutboxAsync(app.Factory), r => r.Any(m => m.Status == QueuedMailStatus.Failed));
        rows.Should().ContainSingle().Which.Attempts.Should().Be(2);
        await app.Smtp.RestartAsync();
        await Task.Delay(1000);
        app.Smtp.Unread().Should().BeEmpty("a failed mail is never tried again");
    }

    private static async Task<List<QueuedMail>> OutboxAsync(SchedAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().QueuedMails.AsNoTracking().ToListAsync();
    }

    private static async Task<T> WaitUntilAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 30;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Stopwatch.GetTimestamp().Should().BeLessThan(deadline, "the outbox should get there within 30 s");
            await Task.Delay(100);
        }
    }
}
