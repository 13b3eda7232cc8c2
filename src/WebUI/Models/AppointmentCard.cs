namespace Sched.WebUI.Models;

/// <summary>What the shared appointment card partial shows, from the list or the detail page.</summary>
public sealed record AppointmentCard(string? Title, DateTime Start, DateTime End, bool AllDay, string? Location);
