// What the appointment form's overlap warning shows: the appointments it would overlap, and whether there are more.
using Sched.Application.Appointments.Common;

namespace Sched.WebUI.Models;

/// <summary>Set in the view data by ExceptionResponseFilter when a save would overlap; the form partial draws it.</summary>
public sealed record OverlapWarning(IReadOnlyList<AppointmentSummaryDto> Overlaps, bool More)
{
    public const string ViewDataKey = "OverlapWarning";
}
