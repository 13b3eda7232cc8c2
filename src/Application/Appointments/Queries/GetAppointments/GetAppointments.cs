using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Common;
using Sched.Application.Common.Time;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Queries.GetAppointments;

/// <summary>One page of the current user's appointments, ordered by start.</summary>
[Authorize]
public sealed record GetAppointmentsQuery(int PageNumber = 1, int PageSize = GetAppointmentsQuery.DefaultPageSize)
    : IRequest<PaginatedList<AppointmentSummaryDto>>
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}

/// <summary>An appointment as a list shows it; start and end as the user reads them.</summary>
public sealed class AppointmentSummaryDto
{
    public int Id { get; init; }

    public string? Title { get; init; }

    public string? Location { get; init; }

    public DateTime Start { get; set; }

    public DateTime End { get; set; }

    public bool AllDay { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Appointment, AppointmentSummaryDto>();
    }
}

public sealed class GetAppointmentsQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, IMapper mapper)
    : IRequestHandler<GetAppointmentsQuery, PaginatedList<AppointmentSummaryDto>>
{
    public async Task<PaginatedList<AppointmentSummaryDto>> Handle(GetAppointmentsQuery request, CancellationToken cancellationToken)
    {
        var owned = db.Appointments.AsNoTracking().OwnedBy(currentUser);
        var total = await owned.CountAsync(cancellationToken);
        var items = await owned
            .OrderBy(a => a.Start).ThenBy(a => a.Id)
            .Skip((request.PageNumber - 1) * request.PageSize)
            .Take(request.PageSize)
            .ProjectTo<AppointmentSummaryDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);

        foreach (var item in items)
        {
            item.Start = UserTime.ForDisplay(item.Start, item.AllDay, currentUser.TimeZone);
            item.End = UserTime.ForDisplay(item.End, item.AllDay, currentUser.TimeZone);
        }

        return new PaginatedList<AppointmentSummaryDto>(items, request.PageNumber, request.PageSize, total);
    }
}

public sealed class GetAppointmentsQueryValidator : AbstractValidator<GetAppointmentsQuery>
{
    public GetAppointmentsQueryValidator()
    {
        RuleFor(q => q.PageNumber).GreaterThanOrEqualTo(1).WithMessage("Pages are numbered from 1.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, GetAppointmentsQuery.MaxPageSize)
            .WithMessage($"A page holds 1 to {GetAppointmentsQuery.MaxPageSize} appointments.");
    }
}
