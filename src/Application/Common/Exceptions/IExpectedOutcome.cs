namespace Sched.Application.Common.Exceptions;

/// <summary>
/// Marks an exception that carries an expected outcome of a request (invalid input, not found, not
/// signed in, an overlap to confirm, ...), which WebUI answers: the pipeline does not log it as an error.
/// </summary>
public interface IExpectedOutcome;
