using AutoMapper;
using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Common;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Queries.GetAppointments;

/// <summary>
/// One page of the current user's appointments: the upcoming ones (the default), the past ones or
/// all, optionally only those whose title, location or description contains <see cref="Search"/>
/// in any letter case. <see cref="Show"/> is the list's URL word (upcoming, past, all); any other
/// word names no list and is "not found".
/// </summary>
[Authorize]
public sealed record GetAppointmentsQuery(
    int PageNumber = 1, int PageSize = GetAppointmentsQuery.DefaultPageSize, string? Show = null, string? Search = null)
    : IRequest<AppointmentList>
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Longer searches are refused: nobody types them, and each costs a scan of the user's text.</summary>
    public const int MaxSearchLength = 100;
}

/// <summary>Which appointments a list shows, by when they end compared with now.</summary>
public enum AppointmentsShown
{
    /// <summary>Those that end after now, in progress included; soonest first.</summary>
    Upcoming,

    /// <summary>Those that ended at or before now; most recent first.</summary>
    Past,

    /// <summary>Every one, by start.</summary>
    All,
}

/// <summary>
/// A page of the list and what the page needs to say about it. <see cref="OwnerHasNone"/> is known
/// only for an empty page (a second, cheap query); <see cref="SearchRefused"/> says why a search was
/// not run.
/// </summary>
public sealed record AppointmentList(
    PaginatedList<AppointmentSummaryDto> Page, AppointmentsShown Shown, string? Search, bool OwnerHasNone, string? SearchRefused);

public sealed class GetAppointmentsQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, IMapper mapper, TimeProvider clock)
    : IRequestHandler<GetAppointmentsQuery, AppointmentList>
{
    /// <summary>The escape character of the search's LIKE pattern, so %, _ and \ typed by the user match themselves.</summary>
    private const string LikeEscape = "\\";

    // One compiled query per list (see CompiledQueries), each a page's worth from an offset: the owner's
    // rows (the ownership rule of OwnedAppointments, inside a compiled query), those matching the folded
    // LIKE pattern when there is one, in the list's order over the (OwnerId, Start) index. Upcoming and
    // all read the owner's wall-clock order (an all-day day before its own timed ones); past is its mirror.
    private static readonly CompiledPerModel<Func<DbContext, string, string?, DateTime, int, int, IAsyncEnumerable<StoredAppointment>>> UpcomingPage =
        new(() => EF.CompileAsyncQuery((DbContext context, string ownerId, string? pattern, DateTime now, int skip, int take) => context.Set<Appointment>()
            .AsNoTracking()
            .Where(a => a.OwnerId == ownerId && a.End > now)
            .Where(a => pattern == null || EF.Functions.Like(a.SearchText, pattern, LikeEscape))
            .OrderBy(a => a.Start).ThenByDescending(a => a.AllDay).ThenBy(a => a.Id)
            .Skip(skip)
            .Take(take)
            .Select(StoredAppointment.WithoutDescription)));

    private static readonly CompiledPerModel<Func<DbContext, string, string?, DateTime, int, int, IAsyncEnumerable<StoredAppointment>>> PastPage =
        new(() => EF.CompileAsyncQuery((DbContext context, string ownerId, string? pattern, DateTime now, int skip, int take) => context.Set<Appointment>()
            .AsNoTracking()
            .Where(a => a.OwnerId == ownerId && a.End <= now)
            .Where(a => pattern == null || EF.Functions.Like(a.SearchText, pattern, LikeEscape))
            .OrderByDescending(a => a.Start).ThenBy(a => a.AllDay).ThenByDescending(a => a.Id)
            .Skip(skip)
            .Take(take)
            .Select(StoredAppointment.WithoutDescription)));

    private static readonly CompiledPerModel<Func<DbContext, string, string?, int, int, IAsyncEnumerable<StoredAppointment>>> AllPage =
        new(() => EF.CompileAsyncQuery((DbContext context, string ownerId, string? pattern, int skip, int take) => context.Set<Appointment>()
            .AsNoTracking()
            .Where(a => a.OwnerId == ownerId)
            .Where(a => pattern == null || EF.Functions.Like(a.SearchText, pattern, LikeEscape))
            .OrderBy(a => a.Start).ThenByDescending(a => a.AllDay).ThenBy(a => a.Id)
            .Skip(skip)
            .Take(take)
            .Select(StoredAppointment.WithoutDescription)));

    public async Task<AppointmentList> Handle(GetAppointmentsQuery request, CancellationToken cancellationToken)
    {
        var shown = ShownBy(request.Show);
        var search = string.IsNullOrWhiteSpace(request.Search) ? null : request.Search.Trim();
        if (search is { Length: > GetAppointmentsQuery.MaxSearchLength })
        {
            var nothing = new PaginatedList<AppointmentSummaryDto>([], request.PageNumber, HasNextPage: false);
            return new AppointmentList(nothing, shown, search, OwnerHasNone: false,
                $"A search has at most {GetAppointmentsQuery.MaxSearchLength} characters; this one has {search.Length}.");
        }

        var context = db.AsDbContext();
        var ownerId = currentUser.RequiredUserId();
        var pattern = search is null ? null : ContainsPattern(search);
        var now = clock.GetUtcNow().UtcDateTime;
        var (skip, take) = ((request.PageNumber - 1) * request.PageSize, request.PageSize + 1);
        var rows = shown switch
        {
            AppointmentsShown.Upcoming => UpcomingPage.For(context)(context, ownerId, pattern, now, skip, take),
            AppointmentsShown.Past => PastPage.For(context)(context, ownerId, pattern, now, skip, take),
            _ => AllPage.For(context)(context, ownerId, pattern, skip, take),
        };
        var stored = await rows.ToListAsync(cancellationToken);

        var items = mapper.Map<List<AppointmentSummaryDto>>(stored, o => o.Items[ShownPeriod.ZoneItem] = currentUser.TimeZone);
        var page = PaginatedList<AppointmentSummaryDto>.FromRowsPastTheEnd(items, request.PageNumber, request.PageSize);

        // "No appointments." (the user has none) and "No upcoming appointments." are different answers;
        // only an empty page has to tell them apart.
        var ownerHasNone = items.Count == 0 && !await db.Appointments.AnyAsync(a => a.OwnerId == ownerId, cancellationToken);
        return new AppointmentList(page, shown, search, ownerHasNone, SearchRefused: null);
    }

    private static AppointmentsShown ShownBy(string? show)
    {
        if (string.IsNullOrEmpty(show))
        {
            return AppointmentsShown.Upcoming;
        }

        // By name only: Enum.TryParse would also take numbers, and "7" names no list.
        foreach (var shown in Enum.GetValues<AppointmentsShown>())
        {
            if (string.Equals(shown.ToString(), show, StringComparison.OrdinalIgnoreCase))
            {
                return shown;
            }
        }

        throw new NotFoundException("Appointment list", show);
    }

    /// <summary>A LIKE pattern for "contains the search, folded", its wildcards and escape character taken literally.</summary>
    private static string ContainsPattern(string search)
    {
        var literal = AppointmentSearch.Fold(search)
            .Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal);
        return $"%{literal}%";
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
