// Looks for the current user's appointments that a new or changed period would overlap, and stops the save when there are any.
using Microsoft.EntityFrameworkCore;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Common;

/// <summary>
/// The query behind the overlap warning: owner-scoped, read-only, on the (OwnerId, Start) index, and
/// bounded to <see cref="MaxListed"/> + 1 rows (the extra row only says "and more", so nothing is counted).
/// </summary>
public static class OverlapCheck
{
    public const int MaxListed = 10;

    /// <summary>
    /// Throws <see cref="OverlapsFoundException"/> when <paramref name="when"/> overlaps (see
    /// <see cref="AppointmentOverlap"/>) another of the user's appointments; <paramref name="exceptId"/>
    /// is the appointment being edited, which never overlaps itself.
    /// </summary>
    public static async Task EnsureNoOverlapAsync(
        this IQueryable<Appointment> appointments, ICurrentUser currentUser, AppointmentPeriod when, int? exceptId, CancellationToken cancellationToken)
    {
        var candidates = appointments.AsNoTracking().OwnedBy(currentUser)
            // The index range: anything that overlaps starts no later than the new end. Appointments
            // have no maximum length, so no lower bound on Start is safe; scanning down from the end
            // finds the nearest overlaps first and stops once MaxListed + 1 are found.
            .Where(a => a.Start <= when.End)
            .Where(AppointmentOverlap.With(when));
        if (exceptId is { } id)
        {
            candidates = candidates.Where(a => a.Id != id);
        }

        var found = await candidates
            .OrderByDescending(a => a.Start).ThenBy(a => a.AllDay).ThenByDescending(a => a.Id)
            .Take(MaxListed + 1)
            .Select(StoredAppointment.WithoutDescription)
            .ToListAsync(cancellationToken);
        if (found.Count == 0)
        {
            return;
        }

        // Listed in the list's own order (by start, all-day first on a day, then as added).
        var listed = found.Take(MaxListed).Reverse().Select(stored => AppointmentSummaryDto.From(stored, currentUser.TimeZone));
        throw new OverlapsFoundException([.. listed], more: found.Count > MaxListed);
    }
}
