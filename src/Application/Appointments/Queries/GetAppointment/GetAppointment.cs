using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Common;
using Sched.Application.Common.Time;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Queries.GetAppointment;

/// <summary>One of the current user's appointments in full, for its page and its edit form.</summary>
[Authorize]
public sealed record GetAppointmentQuery(int Id) : IRequest<AppointmentDetailDto>;

/// <summary>An appointment in full; start and end as the user reads them.</summary>
public sealed class AppointmentDetailDto
{
    public int Id { get; init; }

    public string? Title { get; init; }

    public DateTime Start { get; set; }

    public DateTime End { get; set; }

    public bool AllDay { get; init; }

    public string? Location { get; init; }

    public string? Description { get; init; }

    /// <summary>How long it lasts; an all-day appointment counts its last day in full.</summary>
    public TimeSpan Duration { get; set; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Appointment, AppointmentDetailDto>()
            .ForMember(d => d.Duration, o => o.Ignore());
    }
}

public sealed class GetAppointmentQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, IMapper mapper)
    : IRequestHandler<GetAppointmentQuery, AppointmentDetailDto>
{
    public async Task<AppointmentDetailDto> Handle(GetAppointmentQuery request, CancellationToken cancellationToken)
    {
        var appointment = await db.Appointments.AsNoTracking()
            .OwnedBy(currentUser)
            .Where(a => a.Id == request.Id)
            .ProjectTo<AppointmentDetailDto>(mapper.ConfigurationProvider)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Appointment), request.Id);

        appointment.Duration = Appointment.DurationOf(appointment.Start, appointment.End, appointment.AllDay);
        appointment.Start = UserTime.ForDisplay(appointment.Start, appointment.AllDay, currentUser.TimeZone);
        appointment.End = UserTime.ForDisplay(appointment.End, appointment.AllDay, currentUser.TimeZone);
        return appointment;
    }
}
