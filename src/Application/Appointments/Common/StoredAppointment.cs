using System.Linq.Expressions;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Common;

/// <summary>
/// An appointment as stored, the shape queries read (SQL selects only these columns). Display DTOs
/// are mapped from it with the user's zone (<see cref="ShownPeriod"/>). The description, up to
/// 10,000 characters, is read only by <see cref="WithDescription"/> (the detail, not the list).
/// </summary>
public sealed record StoredAppointment
{
    /// <summary>The columns a list shows: everything but the description.</summary>
    public static readonly Expression<Func<Appointment, StoredAppointment>> WithoutDescription = a => new StoredAppointment
    {
        Id = a.Id, Title = a.Title, Location = a.Location, Start = a.Start, End = a.End, AllDay = a.AllDay, FirstDay = a.FirstDay, LastDay = a.LastDay,
    };

    /// <summary>Every column an appointment's page shows.</summary>
    public static readonly Expression<Func<Appointment, StoredAppointment>> WithDescription = a => new StoredAppointment
    {
        Id = a.Id, Title = a.Title, Location = a.Location, Start = a.Start, End = a.End, AllDay = a.AllDay, FirstDay = a.FirstDay, LastDay = a.LastDay,
        Description = a.Description,
    };

    public int Id { get; init; }

    public string? Title { get; init; }

    public string? Location { get; init; }

    public string? Description { get; init; }

    public DateTime Start { get; init; }

    public DateTime End { get; init; }

    public bool AllDay { get; init; }

    public DateOnly? FirstDay { get; init; }

    public DateOnly? LastDay { get; init; }
}
