// The calendar pages over the real app: month, week and day URLs, their markup for screen readers, 404s for bad dates, owners only.
// Appointments are stored with "Save anyway" (AllowOverlap): calendars show overlaps; warning about them is OverlapWarningTests' subject.
using System.Net;
using System.Text.RegularExpressions;
using FluentAssertions.Execution;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Calendar;

public sealed partial class CalendarPageTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Theory]
    [InlineData("/calendar/")]
    [InlineData("/calendar")]
    [InlineData("/calendar/2031/03/")]
    [InlineData("/calendar/2031/3")]
    [InlineData("/calendar/week/2031-03-04/")]
    [InlineData("/calendar/day/2031-03-04/")]
    [InlineData("/calendar/day/2028-02-29/")]
    public async Task Every_calendar_url_shows_a_page(string path)
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        using var page = await client.GetAsync(path);

        page.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/calendar/2031/13/")]
    [InlineData("/calendar/2031/00/")]
    [InlineData("/calendar/abcd/01/")]
    [InlineData("/calendar/2031/ab/")]
    [InlineData("/calendar/0/01/")]
    [InlineData("/calendar/0001/01/")]
    [InlineData("/calendar/9999/12/")]
    [InlineData("/calendar/10000/01/")]
    [InlineData("/calendar/99999999999999/01/")]
    [InlineData("/calendar/-2031/01/")]
    [InlineData("/calendar/day/2031-02-29/")]
    [InlineData("/calendar/day/2031-13-01/")]
    [InlineData("/calendar/day/20310304/")]
    [InlineData("/calendar/day/abcd/")]
    [InlineData("/calendar/day/9999-12-31/")]
    [InlineData("/calendar/week/2031-03-32/")]
    [InlineData("/calendar/week/0001-01-01/")]
    public async Task A_date_that_cannot_be_shown_is_not_found(string path)
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        using var page = await client.GetAsync(path);

        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/calendar/")]
    [InlineData("/calendar/2031/03/")]
    [InlineData("/calendar/week/2031-03-04/")]
    [InlineData("/calendar/day/2031-03-04/")]
    public async Task Anonymous_visitors_are_sent_to_log_in(string path)
    {
        using var client = factory.CreateBrowserClient();

        using var page = await client.GetAsync(path);

        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.RedirectTarget().Should().StartWith("/login/").And.Contain("ReturnUrl=");
    }

    [Fact]
    public async Task The_month_grid_labels_each_day_and_lists_its_appointments_all_day_first_with_times()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        var dentist = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Dentist", Start: "2031-03-04T09:30", AllowOverlap: true));
        var holiday = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Holiday", Start: "2031-03-04T00:00", AllDay: true, AllowOverlap: true));
        var untitled = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "", Start: "2031-03-04T14:00", AllowOverlap: true));

        var html = await client.GetPageHtmlAsync("/calendar/2031/03/");

        using (new AssertionScope())
        {
            html.Should().Contain("<h1 class=\"h3 mb-0\">March 2031</h1>");
            ColumnHeaders(html).Should().Equal("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
            html.Should().Contain("aria-label=\"Tuesday, 4 March 2031\"").And.Contain("<time datetime=\"2031-03-04\">4</time>");
            Entries(Cell(html, "2031-03-04")).Should().Equal(
                ($"/appointments/{holiday}/", "Holiday"), ($"/appointments/{dentist}/", "9:30am Dentist"), ($"/appointments/{untitled}/", "2:00pm (untitled)"));
            CellClass(html, "2031-02-24").Should().Contain("calendar-outside");
            CellClass(html, "2031-03-01").Should().NotContain("calendar-outside");
            html.Should().Contain("href=\"/calendar/2031/02/\"").And.Contain("href=\"/calendar/2031/04/\"").And.Contain("href=\"/calendar/\"");
            html.Should().Contain("href=\"/calendar/\" aria-current=\"page\">Calendar</a>");
        }
    }

    [Fact]
    public async Task Today_is_marked_as_the_current_date()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        var html = await client.GetPageHtmlAsync("/calendar/");

        AriaCurrentDates().Matches(html).Should().ContainSingle();
    }

    [Fact]
    public async Task A_day_with_more_than_four_appointments_shows_four_and_links_to_the_rest()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        foreach (var hour in new[] { 13, 8, 12, 9, 11, 10 })
        {
            await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: $"At {hour}", Start: $"2031-03-05T{hour:00}:00", AllowOverlap: true));
        }

        await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Overnight", Start: "2031-03-04T22:00", End: "2031-03-05T02:00", AllowOverlap: true));

        var month = await client.GetPageHtmlAsync("/calendar/2031/03/");
        var day = await client.GetPageHtmlAsync("/calendar/day/2031-03-05/");

        // The night that began on the 4th comes first on the 5th, without a time: it started the day before.
        var cell = Cell(month, "2031-03-05");
        Entries(cell).Select(e => e.Text).Should().Equal("Overnight", "8:00am At 8", "9:00am At 9", "10:00am At 10");
        cell.Should().Contain("href=\"/calendar/day/2031-03-05/\"").And.Contain("+3 more");
        Entries(Cell(month, "2031-03-04")).Select(e => e.Text).Should().Equal("10:00pm Overnight");
        Cell(month, "2031-03-04").Should().NotContain("more");
        Entries(day).Select(e => e.Text).Should().HaveCount(7).And.EndWith("1:00pm At 13");
    }

    [Fact]
    public async Task Multi_day_appointments_appear_on_every_day_they_cover()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        var trip = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Trip", Start: "2031-03-30T00:00", End: "2031-04-02T00:00", AllDay: true, AllowOverlap: true));

        var march = await client.GetPageHtmlAsync("/calendar/2031/03/");
        var april = await client.GetPageHtmlAsync("/calendar/2031/04/");

        // April's grid begins on Monday 31 March.
        foreach (var day in new[] { "2031-03-30", "2031-03-31", "2031-04-01", "2031-04-02" })
        {
            Entries(Cell(march, day)).Should().Equal(($"/appointments/{trip}/", "Trip"));
        }

        foreach (var day in new[] { "2031-03-31", "2031-04-01", "2031-04-02" })
        {
            Entries(Cell(april, day)).Should().Equal(($"/appointments/{trip}/", "Trip"));
        }

        Entries(Cell(april, "2031-04-03")).Should().BeEmpty();
    }

    [Fact]
    public async Task The_week_shows_seven_days_all_day_ones_in_the_top_row_and_timed_ones_in_the_row_of_their_hour()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        var holiday = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Holiday", Start: "2031-03-06T00:00", AllDay: true, AllowOverlap: true));
        var dentist = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Dentist", Start: "2031-03-06T09:30", AllowOverlap: true));
        var standUp = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Stand-up", Start: "2031-03-04T09:00", AllowOverlap: true));
        var late = await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Night shift", Start: "2031-03-07T21:15", End: "2031-03-08T05:00", AllowOverlap: true));

        var html = await client.GetPageHtmlAsync("/calendar/week/2031-03-06/");

        DayHeaders(html).Should().Equal("2031-03-03", "2031-03-04", "2031-03-05", "2031-03-06", "2031-03-07", "2031-03-08", "2031-03-09");
        var rows = html.Split("<tr", StringSplitOptions.None);
        Entries(rows.Single(r => r.Contains("calendar-all-day-row", StringComparison.Ordinal))).Should().Equal(($"/appointments/{holiday}/", "Holiday"));
        HourRows(html).Should().Equal(Enumerable.Range(0, 22), "a working day, widened to midnight (the shift under way) and to 9pm (its start)");
        HourRowHeaders(html).Should().StartWith(["12am", "1am"]).And.Contain(["9am", "12pm", "9pm"]);
        Entries(HourRow(html, 9)).Should().Equal(($"/appointments/{standUp}/", "9:00am Stand-up"), ($"/appointments/{dentist}/", "9:30am Dentist"));
        Entries(HourRow(html, 21)).Should().Equal(($"/appointments/{late}/", "9:15pm Night shift"));
        Entries(HourRow(html, 0)).Should().Equal(($"/appointments/{late}/", "Night shift"));
        Entries(HourRow(html, 10)).Should().BeEmpty();
    }

    [Fact]
    public async Task An_empty_week_shows_the_working_hours()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        var html = await client.GetPageHtmlAsync("/calendar/week/2031-03-06/");

        HourRowHeaders(html).Should().Equal("8am", "9am", "10am", "11am", "12pm", "1pm", "2pm", "3pm", "4pm", "5pm");
    }

    [Fact]
    public async Task The_first_day_of_the_week_chosen_on_the_account_page_starts_the_month_and_week()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        using (var saved = await client.SaveFirstDayOfWeekAsync(DayOfWeek.Sunday))
        {
            saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var month = await client.GetPageHtmlAsync("/calendar/2031/03/");
        var week = await client.GetPageHtmlAsync("/calendar/week/2031-03-06/");
        var account = await client.GetPageHtmlAsync("/account/");

        ColumnHeaders(month)[0].Should().Be("Sunday");
        Cell(month, "2031-02-23").Should().NotBeEmpty();
        DayHeaders(week).Should().StartWith("2031-03-02").And.HaveCount(7);
        PageHtml.SelectedOption(account, "FirstDayOfWeek").Should().Be("Sunday");
    }

    [Fact]
    public async Task Another_users_appointments_are_never_shown()
    {
        using var owner = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        await owner.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "Owner's secret", Start: "2031-03-04T09:30", AllowOverlap: true));
        using var other = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        foreach (var path in new[] { "/calendar/2031/03/", "/calendar/week/2031-03-04/", "/calendar/day/2031-03-04/" })
        {
            (await other.GetPageHtmlAsync(path)).Should().NotContain("Owner's secret").And.NotContain("Owner&#x27;s secret");
        }
    }

    [Fact]
    public async Task Titles_are_encoded()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());
        await client.CreateAppointmentAndGetIdAsync(new AppointmentFields(Title: "<script>alert(1)</script>", Start: "2031-03-04T09:30"));

        var html = await client.GetPageHtmlAsync("/calendar/2031/03/");

        html.Should().NotContain("<script>alert(1)</script>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    /// <summary>The month grid's column headers, as their abbreviations spell them out.</summary>
    private static List<string> ColumnHeaders(string html) => [.. ColumnHeader().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>The dates of the week's column headers, in order.</summary>
    private static List<string> DayHeaders(string html) => [.. WeekHeader().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>The week's hour rows, as their data-hour attributes number them.</summary>
    private static List<int> HourRows(string html) => [.. HourRowStart().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The labels of the week's hour rows, in order.</summary>
    private static List<string> HourRowHeaders(string html) => [.. HourRowHeader().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>The week's row for one hour, from its opening tag to the row's end.</summary>
    private static string HourRow(string html, int hour)
    {
        var start = html.IndexOf($"data-hour=\"{hour}\"", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, $"the week should have a row for hour {hour}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    /// <summary>One day's cell of the month grid, from its opening tag to the next cell.</summary>
    private static string Cell(string html, string date)
    {
        var start = html.IndexOf($"data-date=\"{date}\"", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, $"the grid should have a cell for {date}");
        var end = html.IndexOf("</td>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static string CellClass(string html, string date) =>
        Regex.Match(html, $"<td class=\"([^\"]*)\" data-date=\"{date}\"").Groups[1].Value;

    /// <summary>Each appointment link in the fragment: where it goes and its text, decoded.</summary>
    private static List<(string Href, string Text)> Entries(string html) =>
        [.. EntryLink().Matches(html).Select(m => (m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)))];

    [GeneratedRegex("<th scope=\"col\"><abbr title=\"([A-Za-z]+)\">")]
    private static partial Regex ColumnHeader();

    [GeneratedRegex("<th scope=\"col\" class=\"calendar-day[^\"]*\" data-date=\"([0-9-]+)\">")]
    private static partial Regex WeekHeader();

    [GeneratedRegex("<tr class=\"calendar-hour-row\" data-hour=\"([0-9]+)\">")]
    private static partial Regex HourRowStart();

    [GeneratedRegex("<tr class=\"calendar-hour-row\" data-hour=\"[0-9]+\">\\s*<th scope=\"row\">([0-9]+[ap]m)</th>")]
    private static partial Regex HourRowHeader();

    [GeneratedRegex("<a class=\"calendar-entry[^\"]*\" href=\"([^\"]+)\" data-testid=\"entry\">([^<]*)</a>")]
    private static partial Regex EntryLink();

    [GeneratedRegex("aria-current=\"date\"")]
    private static partial Regex AriaCurrentDates();
}
