namespace Sched.Application.Common.Exceptions;

/// <summary>
/// A request's input broke one or more rules. Errors are keyed by the request's property name so
/// that WebUI can show each beside its field; an empty key is an error about the whole form.
/// </summary>
public sealed class ValidationException : Exception, IExpectedOutcome
{
    public ValidationException(IEnumerable<FieldError> errors)
        : base("One or more validation failures have occurred.")
    {
        Errors = errors
            .GroupBy(e => e.Field, e => e.Message)
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray());
    }

    public ValidationException(string field, string message)
        : this([new FieldError(field, message)])
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
