// Reads the one link of a queued mail (its text part puts it on a line of its own), and the token at its end.
namespace Sched.Application.UnitTests.Support;

public static class MailLinks
{
    public static string LinkIn(string text) =>
        text.Split('\n').Single(line => line.StartsWith("http", StringComparison.Ordinal)).Trim();

    /// <summary>The token of a link such as <c>http://localhost:5241/account/confirm/TOKEN/</c>.</summary>
    public static string TokenIn(OutgoingMail mail) => Uri.UnescapeDataString(LinkIn(mail.TextBody).TrimEnd('/').Split('/').Last());
}
