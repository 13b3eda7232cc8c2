using Sched.Application.Appointments.Commands.CreateAppointment;
using Sched.Application.Appointments.Commands.UpdateAppointment;
using Sched.Application.Appointments.Queries.GetAppointment;

namespace Sched.WebUI.Models;

/// <summary>
/// The appointment form, shared by create and edit: the edge where wall-clock times live, as the user
/// types them in their zone (for all-day, the days at midnight).
/// </summary>
public sealed class AppointmentForm : IFormModel
{
    /// <summary>Set for edit, so the form posts back to the right appointment.</summary>
    public int? Id { get; set; }

    public string? Title { get; set; }

    public DateTime? Start { get; set; }

    public DateTime? End { get; set; }

    public bool AllDay { get; set; }

    public string? Location { get; set; }

    public string? Description { get; set; }

    /// <summary>
    /// Sent only by the overlap warning's "Save anyway" button: store it even though it overlaps
    /// others. The form's own submit leaves it false, so a changed time is checked again.
    /// </summary>
    public bool AllowOverlap { get; set; }

    public static AppointmentForm From(AppointmentDetailDto appointment) => new()
    {
        Id = appointment.Id,
        Title = appointment.Title,
        Start = appointment.AllDay ? appointment.FirstDay.ToDateTime(TimeOnly.MinValue) : appointment.Start.DateTime,
        End = appointment.AllDay ? appointment.LastDay.ToDateTime(TimeOnly.MinValue) : appointment.End.DateTime,
        AllDay = appointment.AllDay,
        Location = appointment.Location,
        Description = appointment.Description,
    };

    public CreateAppointmentCommand ToCreateCommand() => new(Title, Start, End, AllDay, Location, Description, AllowOverlap);

    public UpdateAppointmentCommand ToUpdateCommand(int id) => new(id, Title, Start, End, AllDay, Location, Description, AllowOverlap);
}
