// OutboxSender: the outbox is delivered over real SMTP in the background, failed tries are retried
// with a growing delay, a mail that keeps failing is marked failed after the bound, and without an
// SMTP host mails become .eml files in the pickup folder.
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using MimeKit;
using Sched.Infrastructure.Mail;

namespace Sched.Application.UnitTests.Mail;

public sealed class OutboxSenderTests : IAsyncLifetime
{
    private static readonly OutgoingMail Mail = new(
        "ada@example.com", "Hello & welcome", "Plain <text> body", "<p>HTML &amp; body</p>", MailPurpose.PasswordChanged);

    private readonly RecordedErrors _log = new(LogLevel.Information);
    private readonly string _pickup = Directory.CreateTempSubdirectory("sched-pickup-").FullName;
    private SmtpTestServer _smtp = null!;
    private SchedTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _smtp = await SmtpTestServer.StartAsync();
        _host = HostWith(_smtp.AppSettings.Append(("Sched:Email:MaxAttempts", "3")).ToArray());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
        Directory.Delete(_pickup, recursive: true);
    }

    [Fact]
    public async Task A_queued_mail_is_delivered_over_smtp_as_text_and_html_and_kept_without_its_bodies()
    {
        await QueueAsync(Mail);

        (await SendDueAsync()).Should().Be(1);

        var message = await _smtp.WaitForMessageToAsync(Mail.To);
        message.Subject.Should().Be(Mail.Subject);
        message.From.Mailboxes.Single().Address.Should().Be("sched@sched.test");
        message.TextBody.Should().Be(Mail.TextBody);
        message.HtmlBody.Should().Be(Mail.HtmlBody);
        var row = await SingleRowAsync();
        row.Status.Should().Be(QueuedMailStatus.Sent);
        row.Attempts.Should().Be(1);
        (row.ProtectedTextBody + row.ProtectedHtmlBody).Should().BeEmpty("a sent mail's link is not kept");
        (await SendDueAsync()).Should().Be(0, "a sent mail is not sent again");
    }

    [Fact]
    public async Task A_sent_mails_row_stays_a_day_for_the_limits_and_then_goes()
    {
        await QueueAsync(Mail);
        await SendDueAsync();

        _host.Clock.Advance(TimeSpan.FromHours(23));
        await SendDueAsync();
        await SingleRowAsync();

        _host.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await SendDueAsync();
        (await _host.OutboxAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Bodies_wait_in_the_outbox_protected_not_in_clear()
    {
        await QueueAsync(Mail with { TextBody = "secret-link-123", HtmlBody = "<a>secret-link-123</a>" });

        var row = await SingleRowAsync();

        (row.ProtectedTextBody + row.ProtectedHtmlBody).Should().NotContain("secret-link-123");
    }

    [Fact]
    public async Task A_failed_try_is_retried_after_the_delay_and_the_mail_arrives_once_the_server_is_back()
    {
        await _smtp.StopAsync();
        await QueueAsync(Mail);

        await SendDueAsync();
        var row = await SingleRowAsync();
        row.Should().BeEquivalentTo(new { Status = QueuedMailStatus.Pending, Attempts = 1 });
        row.NextAttempt.Should().Be(SchedTestHost.Start.UtcDateTime.AddMilliseconds(200));
        row.LastError.Should().NotBeNullOrEmpty();
        (await SendDueAsync()).Should().Be(0, "the next try waits for its delay");

        await _smtp.RestartAsync();
        _host.Clock.Advance(TimeSpan.FromMilliseconds(200));
        await SendDueAsync();

        (await _smtp.WaitForMessageToAsync(Mail.To)).Subject.Should().Be(Mail.Subject);
        (await SingleRowAsync()).Should().BeEquivalentTo(new { Status = QueuedMailStatus.Sent, Attempts = 2 });
    }

    [Fact]
    public async Task A_mail_that_keeps_failing_is_marked_failed_after_the_bound_logged_and_never_tried_again()
    {
        await _smtp.StopAsync();
        await QueueAsync(Mail);

        var delays = new List<TimeSpan>();
        for (var tries = 0; tries < 3; tries++)
        {
            await SendDueAsync();
            var row = await SingleRowAsync();
            delays.Add(row.NextAttempt - _host.Clock.GetUtcNow().UtcDateTime);
            _host.Clock.Advance(TimeSpan.FromHours(1));
        }

        await _smtp.RestartAsync();
        (await SendDueAsync()).Should().Be(0);
        var failed = await SingleRowAsync();
        failed.Should().BeEquivalentTo(new { Status = QueuedMailStatus.Failed, Attempts = 3 });
        delays.Take(2).Should().Equal(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400));
        _log.All.Should().ContainSingle(e => e.StartsWith("Error") && e.Contains("failed 3 times and will not be tried again"));
        _smtp.Unread().Should().BeEmpty();
    }

    [Fact]
    public async Task A_mail_leased_by_another_sender_is_left_alone_until_the_lease_ends()
    {
        await QueueAsync(Mail);
        await _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().QueuedMails
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeasedUntil, SchedTestHost.Start.UtcDateTime.AddMinutes(2))));

        (await SendDueAsync()).Should().Be(0);

        _host.Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromTicks(1));
        (await SendDueAsync()).Should().Be(1, "a sender that stopped mid-try does not keep its mail forever");
        await _smtp.WaitForMessageToAsync(Mail.To);
    }

    [Fact]
    public async Task Stopping_mid_try_gives_the_mail_back_at_once_without_counting_a_try()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var host = HostWith(("Sched:Smtp:Host", "127.0.0.1"), ("Sched:Smtp:Port", port), ("Sched:Smtp:Security", "None"));
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IMailOutbox>().QueueAsync(Mail, CancellationToken.None);
            return true;
        });
        using var stopping = new CancellationTokenSource();

        var sending = host.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync(stopping.Token));
        using var connection = await silent.AcceptTcpClientAsync(); // the server never greets: the try hangs
        await stopping.CancelAsync();

        await sending.Invoking(s => s).Should().ThrowAsync<OperationCanceledException>();
        var row = await host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().QueuedMails.AsNoTracking().SingleAsync());
        row.Should().BeEquivalentTo(new { Status = QueuedMailStatus.Pending, Attempts = 0, LeasedUntil = (DateTime?)null });
    }

    [Fact]
    public async Task Without_an_smtp_host_a_mail_is_written_as_an_eml_file_to_the_pickup_folder_and_its_path_logged()
    {
        await using var host = HostWith(("Sched:Email:PickupDirectory", _pickup));
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IMailOutbox>().QueueAsync(Mail, CancellationToken.None);
            return true;
        });

        await host.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None));

        var file = Directory.GetFiles(_pickup, "*.eml").Should().ContainSingle().Subject;
        var message = await MimeMessage.LoadAsync(file);
        message.To.Mailboxes.Single().Address.Should().Be(Mail.To);
        message.TextBody.Should().Be(Mail.TextBody);
        _log.All.Should().Contain(e => e.Contains(file));
    }

    [Fact]
    public async Task The_hosted_sender_waits_for_the_schema_touching_no_database_file_then_delivers()
    {
        await using var host = SchedTestHost.WithDatabaseFile(services => WithMail(services, _smtp.AppSettings));
        var sender = await host.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<OutboxSender>()));
        using var ticking = new CancellationTokenSource();
        await sender.StartAsync(CancellationToken.None);
        var clock = Task.Run(async () =>
        {
            while (!ticking.IsCancellationRequested)
            {
                host.Clock.Advance(TimeSpan.FromMilliseconds(100));
                await Task.Delay(20);
            }
        });
        try
        {
            await Task.Delay(500);
            File.Exists(host.DatabaseFile).Should().BeFalse("with migration on start-up off, nothing creates the database before create-tables");

            await host.MigrateToAsync(null);
            await host.InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<IMailOutbox>().QueueAsync(Mail, CancellationToken.None);
                return true;
            });

            (await _smtp.WaitForMessageToAsync(Mail.To, TimeSpan.FromSeconds(10))).Subject.Should().Be(Mail.Subject);
        }
        finally
        {
            await ticking.CancelAsync();
            await clock;
            await sender.StopAsync(CancellationToken.None);
        }
    }

    [Theory]
    [InlineData("Sched:Smtp:Security", "Tls")]
    [InlineData("Sched:Smtp:Port", "0")]
    [InlineData("Sched:Smtp:From", "not an address")]
    [InlineData("Sched:Email:MaxAttempts", "0")]
    [InlineData("Sched:PublicBaseUrl", "/relative/")]
    public void A_setting_that_cannot_be_used_stops_the_start_with_its_key(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create<string, string?>(key, value)]).Build();

        var read = () => new ServiceCollection().AddOutgoingMail(configuration, _pickup);

        read.Should().Throw<InvalidOperationException>().WithMessage($"*{key}*");
    }

    private SchedTestHost HostWith(params (string Key, string Value)[] settings) => SchedTestHost.InMemory(services => WithMail(services, settings));

    /// <summary>Mail registered as production does, from these settings, logging to <see cref="_log"/>.</summary>
    private void WithMail(IServiceCollection services, (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create<string, string?>(s.Key, s.Value)))
            .Build();
        services.AddOutgoingMail(configuration, _pickup);
        services.AddLogging(logging => logging.AddProvider(_log).SetMinimumLevel(LogLevel.Information));
    }

    private Task QueueAsync(OutgoingMail mail) =>
        _host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IMailOutbox>().QueueAsync(mail, CancellationToken.None);
            return true;
        });

    private Task<int> SendDueAsync() => _host.InScopeAsync(sp => sp.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None));

    private Task<QueuedMail> SingleRowAsync() =>
        _host.InScopeAsync(sp => sp.GetRequiredService<ApplicationDbContext>().QueuedMails.AsNoTracking().SingleAsync());
}
