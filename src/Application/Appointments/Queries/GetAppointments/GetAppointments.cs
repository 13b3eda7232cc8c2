using AutoMapper;
using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Common;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Queries.GetAppointments;

/// <summary>
/// One page of the current user's appointments, ordered by start as their wall clock reads it: an
/// all-day appointment comes after the previous day's timed ones and before its own day's.
/// </summary>
[Authorize]
public sealed record GetAppointmentsQuery(int PageNumber = 1, int PageSize = GetAppointmentsQuery.DefaultPageSize)
    : IRequest<PaginatedList<AppointmentSummaryDto>>
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}

/// <summary>An appointment as a list shows it, in the user's zone (see <see cref="ShownPeriod"/> for what each time means).</summary>
public sealed record AppointmentSummaryDto : IShownTimes
{
    public int Id { get; init; }

    public string? Title { get; init; }

    public string? Location { get; init; }

    public bool AllDay { get; init; }

    public DateTimeOffset Start { get; init; }

    public DateTimeOffset End { get; init; }

    public DateOnly FirstDay { get; init; }

    public DateOnly LastDay { get; init; }

    private sealed class Mapping : Profile
    {
        // One conversion per row computes the shown period once, not once per time member.
        public Mapping() => CreateMap<StoredAppointment, AppointmentSummaryDto>().ConvertUsing((s, _, c) => From(s, ShownPeriod.Of(s, c)));
    }

    private static AppointmentSummaryDto From(StoredAppointment stored, ShownPeriod shown) => new()
    {
        Id = stored.Id,
        Title = stored.Title,
        Location = stored.Location,
        AllDay = stored.AllDay,
        Start = shown.Start,
        End = shown.End,
        FirstDay = shown.FirstDay,
        LastDay = shown.LastDay,
    };
}

public sealed class GetAppointmentsQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, IMapper mapper)
    : IRequestHandler<GetAppointmentsQuery, PaginatedList<AppointmentSummaryDto>>
{
    /// <summary>The owner's rows in list order, a page's worth from an offset (see <see cref="CompiledQueries"/>).</summary>
    private static readonly CompiledPerModel<Func<DbContext, string, int, int, IAsyncEnumerable<StoredAppointment>>> Page =
        new(() => EF.CompileAsyncQuery((DbContext context, string ownerId, int skip, int take) => context.Set<Appointment>()
            .AsNoTracking()
            .Where(a => a.OwnerId == ownerId) // the ownership rule of OwnedAppointments, inside a compiled query
            .OrderBy(a => a.Start).ThenByDescending(a => a.AllDay).ThenBy(a => a.Id)
            .Skip(skip)
            .Take(take)
            .Select(StoredAppointment.WithoutDescription)));

    public async Task<PaginatedList<AppointmentSummaryDto>> Handle(GetAppointmentsQuery request, CancellationToken cancellationToken)
    {
        var context = db.AsDbContext();
        var rows = Page.For(context)(context, currentUser.RequiredUserId(), (request.PageNumber - 1) * request.PageSize, request.PageSize + 1);
        var stored = await rows.ToListAsync(cancellationToken);

        var items = mapper.Map<List<AppointmentSummaryDto>>(stored, o => o.Items[ShownPeriod.ZoneItem] = currentUser.TimeZone);
        return PaginatedList<AppointmentSummaryDto>.FromRowsPastTheEnd(items, request.PageNumber, request.PageSize);
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
