// Appointment guards its own rules: owner, end not before start, bounded text, whole dates when all-day.
using Sched.Domain.Appointments;

namespace Sched.Domain.UnitTests;

public sealed class AppointmentTests
{
    private static readonly DateTime Start = new(2013, 5, 1, 13, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Keeps_what_it_was_given_and_measures_its_duration()
    {
        var appointment = new Appointment("owner-1", " Dentist ", Start, Start.AddHours(1), false, " Main St ", "Bring card");

        appointment.OwnerId.Should().Be("owner-1");
        appointment.Title.Should().Be("Dentist");
        appointment.Location.Should().Be("Main St");
        appointment.Description.Should().Be("Bring card");
        appointment.Duration.Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Blank_text_is_stored_as_no_text()
    {
        var appointment = new Appointment("owner-1", "   ", Start, Start, false, "", null);

        appointment.Title.Should().BeNull();
        appointment.Location.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Refuses_a_missing_owner(string ownerId)
    {
        var create = () => new Appointment(ownerId, "x", Start, Start, false, null, null);

        create.Should().Throw<ArgumentException>().WithMessage("*owner*");
    }

    [Fact]
    public void Refuses_an_end_before_the_start()
    {
        var create = () => new Appointment("owner-1", "x", Start, Start.AddSeconds(-1), false, null, null);

        create.Should().Throw<ArgumentException>().WithMessage("*end before it starts*");
    }

    [Fact]
    public void Refuses_times_that_are_not_UTC()
    {
        var local = DateTime.SpecifyKind(Start, DateTimeKind.Unspecified);

        var create = () => new Appointment("owner-1", "x", local, local, false, null, null);

        create.Should().Throw<ArgumentException>().WithMessage("*UTC*");
    }

    [Fact]
    public void Refuses_text_longer_than_its_bound()
    {
        var create = () => new Appointment("owner-1", new string('t', Appointment.TitleMaxLength + 1), Start, Start, false, null, null);
        var describe = () => new Appointment("owner-1", null, Start, Start, false, null, new string('d', Appointment.DescriptionMaxLength + 1));

        create.Should().Throw<ArgumentException>();
        describe.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void An_all_day_appointment_lasts_whole_days_including_its_last()
    {
        var day = new DateTime(2013, 5, 1, 0, 0, 0, DateTimeKind.Utc);

        new Appointment("owner-1", null, day, day, true, null, null).Duration.Should().Be(TimeSpan.FromDays(1));
        new Appointment("owner-1", null, day, day.AddDays(2), true, null, null).Duration.Should().Be(TimeSpan.FromDays(3));
    }

    [Fact]
    public void An_all_day_appointment_must_start_and_end_on_whole_dates()
    {
        var create = () => new Appointment("owner-1", null, Start, Start, true, null, null);

        create.Should().Throw<ArgumentException>().WithMessage("*whole dates*");
    }

    [Fact]
    public void Change_applies_the_same_rules_and_keeps_the_owner()
    {
        var appointment = new Appointment("owner-1", "x", Start, Start, false, null, null);

        appointment.Change("y", Start, Start.AddMinutes(30), false, "Room 2", null);
        var invalid = () => appointment.Change("z", Start, Start.AddMinutes(-30), false, null, null);

        appointment.Title.Should().Be("y");
        appointment.OwnerId.Should().Be("owner-1");
        invalid.Should().Throw<ArgumentException>();
        appointment.Title.Should().Be("y", "a refused change leaves the appointment as it was");
    }
}
