using Sched.Application.Appointments.Common;

namespace Sched.WebUI.Models;

/// <summary>What the appointment card (<see cref="Formatting.AppointmentCardHtml"/>) shows, in the list or on the delete page.</summary>
public sealed record AppointmentCard(string? Title, bool AllDay, IShownTimes Times, string? Location);
