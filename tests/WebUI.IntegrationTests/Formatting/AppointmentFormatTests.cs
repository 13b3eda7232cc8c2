// The shared formatting helpers, checked with the exact examples of the 2013 app.
using Sched.Application.Appointments.Queries.GetAppointment;
using Sched.WebUI.Formatting;

namespace Sched.WebUI.IntegrationTests.Formatting;

public sealed class AppointmentFormatTests
{
    [Fact]
    public void Formats_a_date_time_as_the_2013_app_did() =>
        AppointmentFormat.DateTime(new DateTimeOffset(2013, 5, 1, 15, 30, 0, TimeSpan.FromHours(-4))).Should().Be("2013-05-01 - Wednesday at 3:30pm");

    [Fact]
    public void Formats_morning_and_noon_in_twelve_hour_time()
    {
        AppointmentFormat.DateTime(new DateTimeOffset(2013, 5, 2, 9, 5, 0, TimeSpan.Zero)).Should().Be("2013-05-02 - Thursday at 9:05am");
        AppointmentFormat.DateTime(new DateTimeOffset(2013, 5, 2, 12, 0, 0, TimeSpan.FromHours(14))).Should().Be("2013-05-02 - Thursday at 12:00pm");
    }

    [Fact]
    public void Formats_a_date_alone() =>
        AppointmentFormat.Date(new DateOnly(2013, 5, 1)).Should().Be("2013-05-01 - Wednesday");

    [Theory]
    [InlineData(0, 1, 0, 0, "1 hour")]
    [InlineData(2, 23, 52, 12, "2 days, 23 hours, 52 minutes, 12 seconds")]
    [InlineData(1, 0, 1, 0, "1 day, 1 minute")]
    [InlineData(0, 0, 0, 1, "1 second")]
    [InlineData(0, 2, 0, 0, "2 hours")]
    [InlineData(0, 0, 0, 0, "0 seconds")]
    public void Says_a_duration_without_zero_parts_and_singular_for_one(int days, int hours, int minutes, int seconds, string expected) =>
        AppointmentFormat.Duration(new TimeSpan(days, hours, minutes, seconds)).Should().Be(expected);

    [Fact]
    public void Says_when_with_duration_or_the_date_alone_for_all_day()
    {
        var timed = new AppointmentDetailDto
        {
            Start = new DateTimeOffset(2013, 5, 1, 15, 30, 0, TimeSpan.FromHours(-4)),
            FirstDay = new DateOnly(2013, 5, 1),
            LastDay = new DateOnly(2013, 5, 1),
        };
        var allDay = timed with { AllDay = true, LastDay = new DateOnly(2013, 5, 3) };

        AppointmentFormat.When(timed.AllDay, timed, TimeSpan.FromHours(1)).Should().Be("2013-05-01 - Wednesday at 3:30pm for 1 hour");
        AppointmentFormat.When(allDay.AllDay, allDay with { LastDay = allDay.FirstDay }, TimeSpan.FromDays(1)).Should().Be("2013-05-01 - Wednesday");
        AppointmentFormat.When(allDay.AllDay, allDay, TimeSpan.FromDays(3)).Should().Be("2013-05-01 - Wednesday to 2013-05-03 - Friday");
    }

    [Fact]
    public void Keeps_line_breaks_and_encodes_everything_else()
    {
        var html = AppointmentFormat.LineBreaks("one\r\n<script>alert('x')</script>\ntwo & three").ToString();

        html.Should().Be("one<br>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;<br>two &amp; three");
    }

    [Fact]
    public void Writes_nothing_for_no_text() => AppointmentFormat.LineBreaks(null).ToString().Should().BeEmpty();
}
