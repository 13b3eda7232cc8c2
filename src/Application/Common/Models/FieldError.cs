namespace Sched.Application.Common.Models;

/// <summary>A broken rule keyed by the field it concerns; an empty field is about the whole form.</summary>
public sealed record FieldError(string Field, string Message);
