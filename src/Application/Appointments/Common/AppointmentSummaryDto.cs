// One appointment in brief (no description), as the list and the overlap warning show it.
using AutoMapper;

namespace Sched.Application.Appointments.Common;

/// <summary>An appointment as a list and the overlap warning show it, in the user's zone (see <see cref="ShownPeriod"/> for what each time means).</summary>
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

    public static AppointmentSummaryDto From(StoredAppointment stored, TimeZoneInfo zone) => From(stored, ShownPeriod.Of(stored, zone));

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
