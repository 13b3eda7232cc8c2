using FluentValidation.Results;

namespace Sched.Application.Common.Exceptions;

/// <summary>
/// A request's input broke one or more rules. Errors are keyed by the request's property name so
/// that WebUI can show each beside its field; an empty key is an error about the whole form.
/// </summary>
public sealed class ValidationException : Exception
{
    public ValidationException(IEnumerable<ValidationFailure> failures)
        : base("One or more validation failures have occurred.")
    {
        Errors = failures
            .GroupBy(f => f.PropertyName, f => f.ErrorMessage)
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray());
    }

    public ValidationException(string propertyName, string message)
        : this([new ValidationFailure(propertyName, message)])
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
