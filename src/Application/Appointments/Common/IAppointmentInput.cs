namespace Sched.Application.Appointments.Common;

/// <summary>
/// What a person enters for an appointment, in their own time zone. Start and end are wall-clock
/// times as typed (no zone); an empty end means one hour after start, or the same day when all-day.
/// </summary>
public interface IAppointmentInput
{
    string? Title { get; }

    DateTime? Start { get; }

    DateTime? End { get; }

    bool AllDay { get; }

    string? Location { get; }

    string? Description { get; }
}
