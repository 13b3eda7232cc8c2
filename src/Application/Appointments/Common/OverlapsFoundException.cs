// The outcome "this would overlap other appointments and the user has not confirmed it yet".
namespace Sched.Application.Appointments.Common;

/// <summary>
/// A create or edit would overlap other appointments of the same user and was sent without
/// AllowOverlap; nothing was stored. WebUI shows the form again with a warning that lists
/// <see cref="Overlaps"/> (at most <see cref="OverlapCheck.MaxListed"/>, and whether there are
/// <see cref="More"/>) and a button to save anyway. An outcome, not a fault: see ADR 0019.
/// </summary>
public sealed class OverlapsFoundException(IReadOnlyList<AppointmentSummaryDto> overlaps, bool more)
    : Exception($"The appointment overlaps {overlaps.Count}{(more ? " or more" : string.Empty)} other appointments."), IExpectedOutcome
{
    public IReadOnlyList<AppointmentSummaryDto> Overlaps { get; } = overlaps;

    public bool More { get; } = more;
}
