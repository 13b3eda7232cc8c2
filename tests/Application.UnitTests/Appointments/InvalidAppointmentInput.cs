// Appointment input that breaks exactly one rule, one case per rule; the create and update tests share it.
using Sched.Application.Appointments.Commands.CreateAppointment;
using Sched.Application.Appointments.Commands.UpdateAppointment;

namespace Sched.Application.UnitTests.Appointments;

public static class InvalidAppointmentInput
{
    /// <summary>The field each case breaks, which is also the key its error is reported under.</summary>
    public static TheoryData<string> BrokenFields => ["Title", "Location", "Description", "Start", "End"];

    public static CreateAppointmentCommand ForCreate(string brokenField)
    {
        var start = new DateTime(2024, 7, 1, 9, 0, 0);
        var valid = new CreateAppointmentCommand("Dentist", start, start.AddHours(1), AllDay: false, "Main Street 1", "Bring the card.");
        return brokenField switch
        {
            "Title" => valid with { Title = new string('t', 256) },
            "Location" => valid with { Location = new string('l', 256) },
            "Description" => valid with { Description = new string('d', 10_001) },
            "Start" => valid with { Start = null },
            "End" => valid with { End = start.AddMinutes(-1) },
            _ => throw new ArgumentOutOfRangeException(nameof(brokenField), brokenField, "No such case."),
        };
    }

    public static UpdateAppointmentCommand ForUpdate(int id, string brokenField)
    {
        var input = ForCreate(brokenField);
        return new UpdateAppointmentCommand(id, input.Title, input.Start, input.End, input.AllDay, input.Location, input.Description);
    }
}
