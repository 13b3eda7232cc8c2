namespace Sched.Application.Common.Behaviours;

/// <summary>
/// Runs every FluentValidation validator of a request before its handler, and stops the request
/// with a <see cref="ValidationException"/> when any rule is broken, so handlers see valid input only.
/// </summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        // One validator after another: a rule may read the database, and a DbContext takes one query at a time.
        List<FieldError>? failures = null;
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            foreach (var failure in result.Errors)
            {
                (failures ??= []).Add(new FieldError(failure.PropertyName, failure.ErrorMessage));
            }
        }

        return failures is null ? await next() : throw new ValidationException(failures);
    }
}
