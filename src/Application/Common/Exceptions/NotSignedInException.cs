namespace Sched.Application.Common.Exceptions;

/// <summary>The request needs a signed-in user and there is none; WebUI answers it with the login page.</summary>
public sealed class NotSignedInException() : Exception("A signed-in user is required."), IExpectedOutcome;
