// The account page keeps the display name, time zone and first day of the week, and refuses a zone or day it does not know.
using System.Net;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Account;

public sealed class ProfileTests(SchedAppFactory factory) : IClassFixture<SchedAppFactory>
{
    [Fact]
    public async Task Account_page_saves_the_display_name_and_the_time_zone()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        using var save = await client.SaveProfileAsync("Ada Lovelace", "Europe/Berlin");

        save.StatusCode.Should().Be(HttpStatusCode.Redirect);
        save.RedirectTarget().Should().Be("/account/");
        var page = await client.GetPageHtmlAsync("/account/");
        page.Should().Contain("Your account is saved.");
        PageHtml.FieldValue(page, "DisplayName").Should().Be("Ada Lovelace");
        PageHtml.SelectedOption(page, "TimeZoneId").Should().Be("Europe/Berlin");
    }

    [Fact]
    public async Task Unknown_time_zone_is_an_error_beside_the_zone_and_saves_nothing()
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        using var save = await client.SaveProfileAsync("Ada Lovelace", "Mars/Olympus_Mons");

        var form = await save.FormShownAgainAsync();
        PageHtml.FieldsWithErrors(form).Should().Equal("TimeZoneId");
        PageHtml.FieldError(form, "TimeZoneId").Should().Be("Choose a time zone from the list.");
        var page = await client.GetPageHtmlAsync("/account/");
        PageHtml.FieldValue(page, "DisplayName").Should().BeEmpty();
        PageHtml.SelectedOption(page, "TimeZoneId").Should().BeNullOrEmpty();
    }

    [Theory]
    [InlineData("Funday")]
    [InlineData("7")]
    public async Task A_first_day_of_the_week_that_is_no_weekday_is_an_error_beside_it_never_a_server_error(string day)
    {
        using var client = await factory.CreateSignedInClientAsync(TestData.NewEmail());

        using var save = await client.SubmitFormAsync("/account/", new Dictionary<string, string>
        {
            ["DisplayName"] = "", ["TimeZoneId"] = "", ["FirstDayOfWeek"] = day,
        });

        var form = await save.FormShownAgainAsync();
        PageHtml.FieldsWithErrors(form).Should().Equal("FirstDayOfWeek");
        PageHtml.SelectedOption(await client.GetPageHtmlAsync("/account/"), "FirstDayOfWeek").Should().Be("Monday");
    }
}
