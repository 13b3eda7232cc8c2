// The export: every appointment of the current user as one iCalendar file.
using Microsoft.EntityFrameworkCore;
using Sched.Application.Appointments.Common;

namespace Sched.Application.Appointments.Queries.ExportAppointments;

/// <summary>All of the current user's appointments, past and future, as one .ics file to download.</summary>
[Authorize]
public sealed record ExportAppointmentsQuery : IRequest<CalendarFile>;

public sealed class ExportAppointmentsQueryHandler(IApplicationDbContext db, ICurrentUser currentUser, ICalendarFileWriter writer)
    : IRequestHandler<ExportAppointmentsQuery, CalendarFile>
{
    /// <summary>The name the browser saves the download under.</summary>
    public const string FileName = "sched.ics";

    public async Task<CalendarFile> Handle(ExportAppointmentsQuery request, CancellationToken cancellationToken)
    {
        // By owner and start: the (OwnerId, Start) index gives the rows in order.
        var events = await db.Appointments.AsNoTracking()
            .OwnedBy(currentUser)
            .OrderBy(a => a.Start).ThenBy(a => a.Id)
            .Select(CalendarFileEvent.FromAppointment)
            .ToListAsync(cancellationToken);
        return new CalendarFile(writer.Write(events), FileName);
    }
}
