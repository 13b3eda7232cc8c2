namespace Sched.Application.Common.Exceptions;

/// <summary>
/// The thing asked for does not exist for this user. Raised also for another user's records, so
/// nobody learns whether an id exists; WebUI answers it with a 404.
/// </summary>
public sealed class NotFoundException(string name, object key)
    : Exception($"{name} \"{key}\" was not found."), IExpectedOutcome;
