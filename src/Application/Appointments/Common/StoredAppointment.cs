using AutoMapper;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Common;

/// <summary>
/// An appointment as stored, the shape queries read with ProjectTo (SQL selects only these columns).
/// Display DTOs are mapped from it with the user's zone (<see cref="ShownPeriod"/>). The description,
/// up to 10,000 characters, is read only when asked for by name (the detail, not the list).
/// </summary>
public sealed record StoredAppointment
{
    public int Id { get; init; }

    public string? Title { get; init; }

    public string? Location { get; init; }

    public string? Description { get; init; }

    public DateTime Start { get; init; }

    public DateTime End { get; init; }

    public bool AllDay { get; init; }

    public DateOnly? FirstDay { get; init; }

    public DateOnly? LastDay { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Appointment, StoredAppointment>()
            .ForMember(s => s.Description, o => o.ExplicitExpansion());
    }
}
