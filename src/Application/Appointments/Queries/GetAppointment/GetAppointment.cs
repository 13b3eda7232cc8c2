using AutoMapper;
using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Common;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Queries.GetAppointment;

/// <summary>One of the current user's appointments in full, for its page and its edit form.</summary>
[Authorize]
public sealed record GetAppointmentQuery(int Id) : IRequest<AppointmentDetailDto>;

/// <summary>An appointment in full, in the user's zone (see <see cref="ShownPeriod"/> for what each time means).</summary>
public sealed record AppointmentDetailDto : IShownTimes
{
    public int Id { get; init; }

    public string? Title { get; init; }

    public bool AllDay { get; init; }

    public DateTimeOffset Start { get; init; }

    public DateTimeOffset End { get; init; }

    public DateOnly FirstDay { get; init; }

    public DateOnly LastDay { get; init; }

    /// <summary>How long it lasts; an all-day appointment counts whole days.</summary>
    public TimeSpan Duration { get; init; }

    public string? Location { get; init; }

    public string? Description { get; init; }

    private sealed class Mapping : Profile
    {
        // One conversion computes the shown period once, not once per time member.
        public Mapping() => CreateMap<StoredAppointment, AppointmentDetailDto>().ConvertUsing((s, _, c) => From(s, ShownPeriod.Of(s, c)));
    }

    private static AppointmentDetailDto From(StoredAppointment stored, ShownPeriod shown) => new()
    {
        Id = stored.Id,
        Title = stored.Title,
        AllDay = stored.AllDay,
        Start = shown.Start,
        End = shown.End,
        FirstDay = shown.FirstDay,
        LastDay = shown.LastDay,
        Duration = shown.Duration,
        Location = stored.Location,
        Description = stored.Description,
    };
}

public sealed class GetAppointmentQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, IMapper mapper)
    : IRequestHandler<GetAppointmentQuery, AppointmentDetailDto>
{
    /// <summary>One of the owner's rows by id (see <see cref="CompiledQueries"/>).</summary>
    private static readonly CompiledPerModel<Func<DbContext, string, int, CancellationToken, Task<StoredAppointment?>>> Find =
        new(() => EF.CompileAsyncQuery((DbContext context, string ownerId, int id, CancellationToken _) => context.Set<Appointment>()
            .AsNoTracking()
            .Where(a => a.OwnerId == ownerId && a.Id == id) // the ownership rule of OwnedAppointments, inside a compiled query
            .Select(StoredAppointment.WithDescription)
            .SingleOrDefault()));

    public async Task<AppointmentDetailDto> Handle(GetAppointmentQuery request, CancellationToken cancellationToken)
    {
        var context = db.AsDbContext();
        var stored = await Find.For(context)(context, currentUser.RequiredUserId(), request.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Appointment), request.Id);

        return mapper.Map<AppointmentDetailDto>(stored, o => o.Items[ShownPeriod.ZoneItem] = currentUser.TimeZone);
    }
}
