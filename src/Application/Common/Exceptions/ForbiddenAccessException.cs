namespace Sched.Application.Common.Exceptions;

/// <summary>The user is known but may not do this; WebUI answers it with a 403.</summary>
public sealed class ForbiddenAccessException() : Exception("Access is forbidden."), IExpectedOutcome;
