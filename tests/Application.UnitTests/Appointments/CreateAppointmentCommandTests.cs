// CreateAppointmentCommand: stores an appointment for the current user, typed in their zone and kept in UTC.
using System.Globalization;
using Sched.Application.Appointments.Commands.CreateAppointment;

namespace Sched.Application.UnitTests.Appointments;

public sealed class CreateAppointmentCommandTests : AppointmentUseCaseTests
{
    [Fact]
    public async Task Stores_it_for_the_current_user_with_times_converted_from_their_zone_to_utc()
    {
        ActAs(AdaId, Zones.NewYork);

        var id = await Create(new CreateAppointmentCommand(
            " Dentist ", Local(2024, 7, 1, 9, 0), Local(2024, 7, 1, 10, 30), AllDay: false, " Main Street 1 ", "Bring\nthe card."));

        var stored = await StoredAsync(id);
        stored.Should().NotBeNull();
        stored!.OwnerId.Should().Be(AdaId);
        stored.Title.Should().Be("Dentist");
        stored.Location.Should().Be("Main Street 1");
        stored.Description.Should().Be("Bring\nthe card.");
        stored.AllDay.Should().BeFalse();
        stored.Start.Should().Be(Utc(2024, 7, 1, 13, 0));
        stored.Start.Kind.Should().Be(DateTimeKind.Utc);
        stored.End.Should().Be(Utc(2024, 7, 1, 14, 30));
    }

    [Fact]
    public async Task An_empty_end_is_one_hour_after_the_start()
    {
        ActAs(AdaId, Zones.NewYork);

        var id = await Create(new CreateAppointmentCommand("Dentist", Local(2024, 7, 1, 9, 0), End: null, AllDay: false, null, null));

        var stored = await StoredAsync(id);
        stored!.Start.Should().Be(Utc(2024, 7, 1, 13, 0));
        stored.End.Should().Be(Utc(2024, 7, 1, 14, 0));
    }

    [Theory]
    [InlineData("2024-03-31T01:30", "2024-03-31T00:30Z", "2024-03-31T01:30Z")]
    [InlineData("2024-10-27T01:45", "2024-10-26T23:45Z", "2024-10-27T00:45Z")]
    [InlineData("2024-10-27T02:30", "2024-10-27T00:30Z", "2024-10-27T01:30Z")]
    public async Task An_empty_end_is_one_real_hour_even_across_a_daylight_saving_change(string start, string storedStart, string storedEnd)
    {
        ActAs(AdaId, Zones.Berlin);

        var id = await AddAppointmentAsync("Night train", DateTime.Parse(start, CultureInfo.InvariantCulture));

        var stored = await StoredAsync(id);
        stored!.Start.Should().Be(ParseUtc(storedStart));
        stored.End.Should().Be(ParseUtc(storedEnd));
        stored.When.Duration.Should().Be(TimeSpan.FromHours(1));
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("America/New_York")]
    [InlineData("Europe/Berlin")]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Pacific/Pago_Pago")]
    public async Task An_all_day_appointment_with_an_empty_end_keeps_its_one_day_whatever_the_zone(string zoneId)
    {
        var zone = Zones.Find(zoneId);
        ActAs(AdaId, zone);

        var id = await Create(new CreateAppointmentCommand("Holiday", Local(2024, 7, 1, 15, 45), End: null, AllDay: true, null, null));

        var stored = await StoredAsync(id);
        stored!.AllDay.Should().BeTrue();
        (stored.FirstDay, stored.LastDay).Should().Be((new DateOnly(2024, 7, 1), new DateOnly(2024, 7, 1)));
        stored.Start.Should().Be(UserTime.ToUtc(Local(2024, 7, 1), zone), "the day is anchored where it begins in the owner's zone");
        stored.End.Should().Be(UserTime.ToUtc(Local(2024, 7, 2), zone));
        stored.Start.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Fact]
    public async Task An_all_day_appointment_keeps_the_dates_of_start_and_end_only()
    {
        ActAs(AdaId, Zones.Berlin);

        var id = await Create(new CreateAppointmentCommand("Holiday", Local(2024, 7, 1, 23, 0), Local(2024, 7, 3, 1, 0), AllDay: true, null, null));

        var stored = await StoredAsync(id);
        (stored!.FirstDay, stored.LastDay).Should().Be((new DateOnly(2024, 7, 1), new DateOnly(2024, 7, 3)));
    }

    [Fact]
    public async Task Stamps_created_and_modified_from_the_clock()
    {
        Host.Clock.Advance(TimeSpan.FromMinutes(42));

        var id = await Create(new CreateAppointmentCommand("Dentist", Local(2024, 7, 1, 9, 0), null, AllDay: false, null, null));

        var stored = await StoredAsync(id);
        var now = SchedTestHost.Start.UtcDateTime.AddMinutes(42);
        stored!.Created.Should().Be(now);
        stored.Modified.Should().Be(now);
    }

    [Theory]
    [MemberData(nameof(InvalidAppointmentInput.BrokenFields), MemberType = typeof(InvalidAppointmentInput))]
    public async Task Refuses_input_that_breaks_a_rule_and_stores_nothing(string brokenField)
    {
        var send = () => Host.SendAsync(InvalidAppointmentInput.ForCreate(brokenField));

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Keys.Should().Equal(brokenField);
        (await AllStoredAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Accepts_the_longest_title_location_and_description()
    {
        var id = await Host.SendAsync(new CreateAppointmentCommand(
            new string('t', 255), Local(2024, 7, 1, 9, 0), null, AllDay: false, new string('l', 255), new string('d', 10_000)));

        var stored = await StoredAsync(id);
        stored!.Title.Should().HaveLength(255);
        stored.Location.Should().HaveLength(255);
        stored.Description.Should().HaveLength(10_000);
    }

    [Theory]
    [InlineData("Start")]
    [InlineData("End")]
    public async Task Refuses_a_time_the_clocks_skip_naming_the_zone(string field)
    {
        ActAs(AdaId, Zones.Berlin);
        var skipped = Local(2024, 3, 31, 2, 30);
        var command = field == "Start"
            ? new CreateAppointmentCommand("Night train", skipped, Local(2024, 3, 31, 4, 0), AllDay: false, null, null)
            : new CreateAppointmentCommand("Night train", Local(2024, 3, 31, 1, 0), skipped, AllDay: false, null, null);

        var send = () => Host.SendAsync(command);

        var refusal = await send.Should().ThrowAsync<ValidationException>();
        refusal.Which.Errors.Should().ContainSingle().Which.Key.Should().Be(field);
        refusal.Which.Errors[field].Should().ContainSingle().Which.Should().Contain("2024-03-31 02:30").And.Contain("Europe/Berlin");
        (await AllStoredAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Takes_a_time_the_clocks_repeat_as_its_first_occurrence()
    {
        ActAs(AdaId, Zones.Berlin);

        var id = await AddAppointmentAsync("Night train", Local(2024, 10, 27, 2, 30), Local(2024, 10, 27, 2, 45));

        var stored = await StoredAsync(id);
        stored!.Start.Should().Be(Utc(2024, 10, 27, 0, 30));
        stored.End.Should().Be(Utc(2024, 10, 27, 0, 45));
    }

    [Fact]
    public async Task The_pipeline_refuses_an_anonymous_caller()
    {
        ActAs(null);

        var create = () => Host.SendAsync(new CreateAppointmentCommand("Dentist", Local(2024, 7, 1, 9, 0), null, AllDay: false, null, null));

        await create.Should().ThrowAsync<NotSignedInException>();
        (await AllStoredAsync()).Should().BeEmpty();
    }

    private static DateTime ParseUtc(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);

    private Task<int> Create(CreateAppointmentCommand command) =>
        Host.InScopeAsync(sp => new CreateAppointmentCommandHandler(sp.GetRequiredService<IApplicationDbContext>(), sp.GetRequiredService<ICurrentUser>())
            .Handle(command, CancellationToken.None));
}
