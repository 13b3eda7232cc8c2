// AccountMails: what a mail about an account says, in plain text and in HTML with every value escaped.
using Sched.Application.Users.Common;
using Sched.Domain.Users;

namespace Sched.Application.UnitTests.Users;

public sealed class AccountMailsTests
{
    private static readonly UserProfile Ada = new("ada@example.com", "<b>Ada & \"Co\"</b>", "Europe/Berlin");

    [Fact]
    public void The_html_part_escapes_the_name_and_the_text_part_keeps_it_as_typed()
    {
        var mail = AccountMails.ResetLink(Ada, "http://sched.test/account/reset/abc/?x=1&y=2", TimeSpan.FromMinutes(30));

        mail.HtmlBody.Should().Contain("Hello &lt;b&gt;Ada &amp; &quot;Co&quot;&lt;/b&gt;,").And.NotContain("<b>Ada");
        mail.HtmlBody.Should().Contain("href=\"http://sched.test/account/reset/abc/?x=1&amp;y=2\"");
        mail.TextBody.Should().Contain("Hello <b>Ada & \"Co\"</b>,").And.Contain("http://sched.test/account/reset/abc/?x=1&y=2");
    }

    [Fact]
    public void The_notice_gives_the_time_on_the_users_clock_with_the_zone()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        var mail = AccountMails.PasswordChanged(Ada, new DateTimeOffset(2026, 7, 1, 18, 5, 0, TimeSpan.Zero), berlin, "http://sched.test/account/forgot/");

        mail.TextBody.Should().Contain("on Wednesday 1 July 2026 at 8:05pm (Europe/Berlin)");
        mail.Subject.Should().Be("Your Sched password was changed");
    }

    [Fact]
    public void The_change_of_address_link_goes_to_the_new_address_and_every_notice_to_the_old_with_values_escaped()
    {
        var newEmail = EmailAddress.Parse("a&b@example.org");
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var at = new DateTimeOffset(2026, 7, 1, 18, 5, 0, TimeSpan.Zero);

        var link = AccountMails.EmailChangeConfirmation(Ada, newEmail, "http://sched.test/account/confirm-email/abc/", TimeSpan.FromDays(2));
        var requested = AccountMails.EmailChangeRequested(Ada, newEmail, at, berlin, "http://sched.test/account/forgot/");
        var changed = AccountMails.EmailChanged(Ada, newEmail, at, berlin, "http://sched.test/login/");

        link.To.Should().Be("a&b@example.org");
        link.TextBody.Should().Contain("within 2 days");
        requested.To.Should().Be(Ada.Email);
        changed.To.Should().Be(Ada.Email);
        changed.TextBody.Should().Contain("from ada@example.com to a&b@example.org on Wednesday 1 July 2026 at 8:05pm (Europe/Berlin)");
        changed.HtmlBody.Should().Contain("to a&amp;b@example.org on").And.NotContain("a&b@");
        requested.HtmlBody.Should().Contain("Hello &lt;b&gt;Ada");
    }

    [Theory]
    [InlineData(30, "30 minutes")]
    [InlineData(1, "1 minute")]
    [InlineData(90, "90 minutes")]
    [InlineData(120, "2 hours")]
    [InlineData(1440, "24 hours")]
    [InlineData(2880, "2 days")]
    [InlineData(2940, "49 hours")]
    public void Lifetimes_read_in_minutes_whole_hours_or_whole_days(int minutes, string expected) =>
        AccountMails.Describe(TimeSpan.FromMinutes(minutes)).Should().Be(expected);
}
