// One appointment that a new or changed one would overlap, as the overlap warning lists it.
namespace Sched.Application.Appointments.Common;

/// <summary>An overlapping appointment in the user's zone (see <see cref="ShownPeriod"/> for what each time means).</summary>
public sealed record OverlappingAppointmentDto : IShownTimes
{
    public int Id { get; init; }

    public string? Title { get; init; }

    public bool AllDay { get; init; }

    public DateTimeOffset Start { get; init; }

    public DateTimeOffset End { get; init; }

    public DateOnly FirstDay { get; init; }

    public DateOnly LastDay { get; init; }

    public static OverlappingAppointmentDto From(StoredAppointment stored, TimeZoneInfo zone)
    {
        var shown = ShownPeriod.Of(stored, zone);
        return new()
        {
            Id = stored.Id,
            Title = stored.Title,
            AllDay = stored.AllDay,
            Start = shown.Start,
            End = shown.End,
            FirstDay = shown.FirstDay,
            LastDay = shown.LastDay,
        };
    }
}
