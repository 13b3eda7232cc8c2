// Overlap warnings: a create or edit that would overlap the user's other appointments stores nothing and lists them, until AllowOverlap.
using Sched.Application.Appointments.Commands.CreateAppointment;
using Sched.Application.Appointments.Commands.UpdateAppointment;
using Sched.Application.Appointments.Common;

namespace Sched.Application.UnitTests.Appointments;

public sealed class OverlapWarningTests : AppointmentUseCaseTests
{
    [Fact]
    public async Task A_create_that_overlaps_lists_what_it_overlaps_in_the_users_zone_and_stores_nothing()
    {
        ActAs(AdaId, Zones.Berlin);
        var dentistId = await AddAppointmentAsync("Dentist", Local(2024, 7, 1, 9, 0), Local(2024, 7, 1, 10, 0));
        var before = await AllStoredAsync();

        var overlaps = await OverlapsOfAsync(Timed("Barber", Local(2024, 7, 1, 9, 30), Local(2024, 7, 1, 10, 30)));

        var listed = overlaps.Overlaps.Should().ContainSingle().Subject;
        listed.Id.Should().Be(dentistId);
        listed.Title.Should().Be("Dentist");
        listed.AllDay.Should().BeFalse();
        listed.Start.Should().Be(new DateTimeOffset(2024, 7, 1, 9, 0, 0, TimeSpan.FromHours(2)));
        overlaps.More.Should().BeFalse();
        (await AllStoredAsync()).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task An_untitled_appointment_is_listed_without_a_title()
    {
        await AddAppointmentAsync(" ", Local(2024, 7, 1, 9, 0));

        var overlaps = await OverlapsOfAsync(Timed("Barber", Local(2024, 7, 1, 9, 30)));

        overlaps.Overlaps.Should().ContainSingle().Which.Title.Should().BeNull("the page writes \"(untitled)\"");
    }

    [Fact]
    public async Task One_that_starts_as_another_ends_is_stored_without_a_warning()
    {
        await AddAppointmentAsync("Dentist", Local(2024, 7, 1, 9, 0), Local(2024, 7, 1, 10, 0));

        var id = await Host.SendAsync(Timed("Barber", Local(2024, 7, 1, 10, 0), Local(2024, 7, 1, 11, 0)));
        var earlierId = await Host.SendAsync(Timed("Breakfast", Local(2024, 7, 1, 8, 0), Local(2024, 7, 1, 9, 0)));

        (await StoredAsync(id)).Should().NotBeNull();
        (await StoredAsync(earlierId)).Should().NotBeNull();
    }

    [Theory]
    [InlineData(10, 30, true)] // inside 10:00–11:00
    [InlineData(10, 0, true)] // at its start, which it covers
    [InlineData(11, 0, false)] // at its end, which it does not
    public async Task An_appointment_without_length_overlaps_what_runs_through_its_instant(int hour, int minute, bool overlaps)
    {
        await AddAppointmentAsync("Meeting", Local(2024, 7, 1, 10, 0), Local(2024, 7, 1, 11, 0));
        var at = Local(2024, 7, 1, hour, minute);

        var create = () => Host.SendAsync(Timed("Reminder", at, at));

        if (overlaps)
        {
            await create.Should().ThrowAsync<OverlapsFoundException>();
        }
        else
        {
            await create.Should().NotThrowAsync();
        }
    }

    [Fact]
    public async Task AllowOverlap_stores_it_anyway()
    {
        await AddAppointmentAsync("Dentist", Local(2024, 7, 1, 9, 0), Local(2024, 7, 1, 10, 0));

        var id = await Host.SendAsync(Timed("Barber", Local(2024, 7, 1, 9, 30)) with { AllowOverlap = true });

        var stored = await StoredAsync(id);
        stored!.Title.Should().Be("Barber");
        stored.Start.Should().Be(Utc(2024, 7, 1, 9, 30));
    }

    [Fact]
    public async Task Other_users_appointments_are_never_listed()
    {
        await AddAppointmentForAsync(GraceId, "Grace's review", Local(2024, 7, 1, 9, 0));

        var id = await Host.SendAsync(Timed("Dentist", Local(2024, 7, 1, 9, 0)));

        (await StoredAsync(id)).Should().NotBeNull();
    }

    [Theory]
    [InlineData("America/New_York", 23, 30, true)] // 03:30Z on the 2nd: still the 1st in New York
    [InlineData("America/New_York", 24, 0, false)] // the 2nd in New York
    [InlineData("Asia/Tokyo", 0, 0, true)] // 15:00Z on 30 June: already the 1st in Tokyo
    [InlineData("Asia/Tokyo", -1, 0, false)] // the 30th in Tokyo
    public async Task An_all_day_appointment_overlaps_the_timed_ones_of_its_day_in_the_users_zone(string zoneId, int hour, int minute, bool overlaps)
    {
        ActAs(AdaId, Zones.Find(zoneId));
        await AddAppointmentAsync("Holiday", Local(2024, 7, 1), allDay: true);
        var start = Local(2024, 7, 1).AddHours(hour).AddMinutes(minute);

        var create = () => Host.SendAsync(Timed("Call", start, start.AddMinutes(30)));

        if (overlaps)
        {
            (await create.Should().ThrowAsync<OverlapsFoundException>()).Which.Overlaps.Should().ContainSingle()
                .Which.Should().Match<AppointmentSummaryDto>(o => o.Title == "Holiday" && o.AllDay && o.FirstDay == new DateOnly(2024, 7, 1));
        }
        else
        {
            await create.Should().NotThrowAsync();
        }
    }

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Asia/Tokyo")]
    public async Task A_timed_appointment_warns_a_new_all_day_one_of_its_day_in_the_users_zone(string zoneId)
    {
        ActAs(AdaId, Zones.Find(zoneId));
        await AddAppointmentAsync("Late call", Local(2024, 7, 1, 23, 0), Local(2024, 7, 2, 0, 0)); // ends as the 2nd begins
        await AddAppointmentAsync("Early call", Local(2024, 7, 3, 0, 0));

        var onTheFirst = () => Host.SendAsync(AllDay("Holiday", Local(2024, 7, 1), Local(2024, 7, 1)));
        var onTheSecond = () => Host.SendAsync(AllDay("Holiday", Local(2024, 7, 2), Local(2024, 7, 2)));

        (await onTheFirst.Should().ThrowAsync<OverlapsFoundException>()).Which.Overlaps.Select(o => o.Title).Should().Equal("Late call");
        await onTheSecond.Should().NotThrowAsync();
    }

    [Fact]
    public async Task All_day_appointments_overlap_on_a_shared_day_and_not_on_consecutive_days()
    {
        ActAs(AdaId, Zones.NewYork);
        await AddAppointmentAsync("Conference", Local(2024, 7, 1), Local(2024, 7, 3), allDay: true);

        var sameLastDay = () => Host.SendAsync(AllDay("Holiday", Local(2024, 7, 3), Local(2024, 7, 5)));
        var dayAfter = () => Host.SendAsync(AllDay("Holiday", Local(2024, 7, 4), Local(2024, 7, 5)));
        var dayBefore = () => Host.SendAsync(AllDay("Travel", Local(2024, 6, 30), Local(2024, 6, 30)));

        (await sameLastDay.Should().ThrowAsync<OverlapsFoundException>()).Which.Overlaps.Select(o => o.Title).Should().Equal("Conference");
        await dayAfter.Should().NotThrowAsync();
        await dayBefore.Should().NotThrowAsync();
    }

    [Fact]
    public async Task A_long_appointment_that_started_long_before_is_found()
    {
        await AddAppointmentAsync("Sabbatical", Local(2020, 1, 1), Local(2025, 12, 31), allDay: true);
        for (var day = 1; day <= 5; day++)
        {
            await AddAppointmentAsync($"Before {day}", Local(2024, 6, day, 9, 0));
        }

        var overlaps = await OverlapsOfAsync(Timed("Dentist", Local(2024, 7, 1, 9, 0)));

        overlaps.Overlaps.Select(o => o.Title).Should().Equal("Sabbatical");
    }

    [Fact]
    public async Task Lists_ten_in_the_lists_order_and_says_there_are_more()
    {
        for (var minute = 0; minute < 11; minute++)
        {
            await AddAppointmentAsync($"At 9:{minute:00}", Local(2024, 7, 1, 9, minute), Local(2024, 7, 1, 12, 0));
        }

        var overlaps = await OverlapsOfAsync(Timed("Meeting", Local(2024, 7, 1, 11, 0)));

        overlaps.Overlaps.Should().HaveCount(OverlapCheck.MaxListed);
        overlaps.Overlaps.Select(o => o.Start).Should().BeInAscendingOrder();
        overlaps.More.Should().BeTrue();
    }

    [Fact]
    public async Task Exactly_ten_are_listed_without_more()
    {
        for (var minute = 0; minute < 10; minute++)
        {
            await AddAppointmentAsync($"At 9:{minute:00}", Local(2024, 7, 1, 9, minute), Local(2024, 7, 1, 12, 0));
        }

        var overlaps = await OverlapsOfAsync(Timed("Meeting", Local(2024, 7, 1, 11, 0)));

        overlaps.Overlaps.Should().HaveCount(10);
        overlaps.More.Should().BeFalse();
    }

    [Fact]
    public async Task An_edit_never_overlaps_the_appointment_itself()
    {
        var id = await AddAppointmentAsync("Dentist", Local(2024, 7, 1, 9, 0), Local(2024, 7, 1, 10, 0));

        await Host.SendAsync(new UpdateAppointmentCommand(id, "Dentist", Local(2024, 7, 1, 9, 30), Local(2024, 7, 1, 10, 30), false, null, null));

        (await StoredAsync(id))!.Start.Should().Be(Utc(2024, 7, 1, 9, 30));
    }

    [Fact]
    public async Task An_edit_onto_another_appointment_lists_it_and_changes_nothing_until_AllowOverlap()
    {
        var dentistId = await AddAppointmentAsync("Dentist", Local(2024, 7, 1, 9, 0), Local(2024, 7, 1, 10, 0));
        var barberId = await AddAppointmentAsync("Barber", Local(2024, 7, 1, 14, 0));
        var before = await StoredAsync(barberId);
        var moved = new UpdateAppointmentCommand(barberId, "Barber", Local(2024, 7, 1, 9, 45), null, false, null, null);

        var edit = () => Host.SendAsync(moved);

        (await edit.Should().ThrowAsync<OverlapsFoundException>()).Which.Overlaps.Select(o => o.Id).Should().Equal(dentistId);
        (await StoredAsync(barberId)).Should().BeEquivalentTo(before);

        await Host.SendAsync(moved with { AllowOverlap = true });

        (await StoredAsync(barberId))!.Start.Should().Be(Utc(2024, 7, 1, 9, 45));
    }

    [Fact]
    public async Task An_edit_of_another_users_appointment_is_not_found_before_any_overlap_is_looked_for()
    {
        await AddAppointmentAsync("Dentist", Local(2024, 7, 1, 9, 0));
        var gracesId = await AddAppointmentForAsync(GraceId, "Grace's review", Local(2024, 7, 2, 9, 0));

        var edit = () => Host.SendAsync(new UpdateAppointmentCommand(gracesId, "Taken over", Local(2024, 7, 1, 9, 0), null, false, null, null));

        await edit.Should().ThrowAsync<NotFoundException>();
    }

    [Fact]
    public async Task Broken_rules_are_reported_before_overlaps()
    {
        await AddAppointmentAsync("Dentist", Local(2024, 7, 1, 9, 0));

        var create = () => Host.SendAsync(new CreateAppointmentCommand(new string('t', 256), Local(2024, 7, 1, 9, 0), null, false, null, null));

        await create.Should().ThrowAsync<ValidationException>();
    }

    private static CreateAppointmentCommand Timed(string title, DateTime start, DateTime? end = null) =>
        new(title, start, end, AllDay: false, Location: null, Description: null);

    private static CreateAppointmentCommand AllDay(string title, DateTime firstDay, DateTime lastDay) =>
        new(title, firstDay, lastDay, AllDay: true, Location: null, Description: null);

    private async Task<OverlapsFoundException> OverlapsOfAsync(CreateAppointmentCommand command)
    {
        var count = (await AllStoredAsync()).Count;
        var create = () => Host.SendAsync(command);
        var warning = (await create.Should().ThrowAsync<OverlapsFoundException>()).Which;
        (await AllStoredAsync()).Should().HaveCount(count, "nothing is stored until the user allows the overlap");
        return warning;
    }
}
