using Sched.Application.Appointments.Common;

namespace Sched.WebUI.Models;

/// <summary>What the shared appointment card partial shows, from the list or the detail page.</summary>
public sealed record AppointmentCard(string? Title, bool AllDay, IShownTimes Times, string? Location);
