// The real app with its mail sent to a real SMTP server of the test's own (SmtpTestServer), polled and
// retried quickly; extra settings are the test's. Shared by a test class as its fixture.
using System.Text.RegularExpressions;
using MimeKit;

namespace Sched.WebUI.IntegrationTests.Infrastructure;

public partial class AppWithMail : IAsyncLifetime, IAsyncDisposable
{
    private readonly (string Key, string Value)[] _settings;

    public AppWithMail()
        : this([])
    {
    }

    protected AppWithMail(params (string Key, string Value)[] settings) => _settings = settings;

    public SmtpTestServer Smtp { get; private set; } = null!;

    public SchedAppFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Smtp = await SmtpTestServer.StartAsync();
        Factory = SchedAppFactory.WithSettings([.. Smtp.AppSettings, .. _settings]);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    /// <summary>The path of the one link in a mail (its text and its HTML must carry the same), without the public base.</summary>
    public static string LinkPath(MimeMessage mail)
    {
        var link = MailLink().Match(mail.TextBody ?? string.Empty).Value;
        mail.HtmlBody.Should().Contain($"href=\"{link}\"");
        link.Should().StartWith("http://sched.test/", "links are built from Sched:PublicBaseUrl, never from the request");
        return new Uri(link).AbsolutePath;
    }

    /// <summary>An app with mail and these settings as well, for a test of its own.</summary>
    public sealed class With(params (string Key, string Value)[] settings) : AppWithMail(settings);

    [GeneratedRegex(@"http://\S+")]
    private static partial Regex MailLink();
}
