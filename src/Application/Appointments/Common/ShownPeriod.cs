using AutoMapper;
using Sched.Application.Common.Time;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Common;

/// <summary>
/// When an appointment happens as one person reads it, in their zone. <see cref="Start"/> and
/// <see cref="End"/> are instants on their clock (for all-day: where the first day begins and the
/// day after the last begins); <see cref="FirstDay"/> and <see cref="LastDay"/> are the calendar
/// days it touches (inclusive). Each field means the same for timed and all-day appointments.
/// </summary>
public readonly record struct ShownPeriod(DateTimeOffset Start, DateTimeOffset End, DateOnly FirstDay, DateOnly LastDay, TimeSpan Duration)
{
    /// <summary>The mapping-context item that carries the reader's <see cref="TimeZoneInfo"/>.</summary>
    public const string ZoneItem = "zone";

    /// <summary>The period as the reader sees it; the mapping caller passes their zone as <see cref="ZoneItem"/>.</summary>
    public static ShownPeriod Of(StoredAppointment stored, ResolutionContext context) =>
        Of(stored, (TimeZoneInfo)context.Items[ZoneItem]);

    public static ShownPeriod Of(StoredAppointment stored, TimeZoneInfo zone)
    {
        if (stored is { FirstDay: { } first, LastDay: { } last })
        {
            var days = AppointmentPeriod.OnDays(first, last, zone);
            return new ShownPeriod(UserTime.InZone(days.Start, zone), UserTime.InZone(days.End, zone), first, last, days.Duration);
        }

        var start = UserTime.InZone(stored.Start, zone);
        var end = UserTime.InZone(stored.End, zone);
        var (firstDay, lastDay) = AppointmentPeriod.TimedDays(start.DateTime, end.DateTime);
        return new ShownPeriod(start, end, firstDay, lastDay, end - start);
    }
}

/// <summary>A display DTO's times, each with the meaning <see cref="ShownPeriod"/> gives it.</summary>
public interface IShownTimes
{
    DateTimeOffset Start { get; }

    DateTimeOffset End { get; }

    DateOnly FirstDay { get; }

    DateOnly LastDay { get; }
}
