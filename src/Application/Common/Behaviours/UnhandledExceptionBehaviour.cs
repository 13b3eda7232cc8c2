namespace Sched.Application.Common.Behaviours;

/// <summary>
/// Logs a request that failed with an unexpected exception, then lets it travel on. Expected
/// outcomes (exceptions marked <see cref="IExpectedOutcome"/>: validation, not found, forbidden, not
/// signed in, overlaps to confirm) are answered by WebUI and not logged as errors.
/// </summary>
public sealed class UnhandledExceptionBehaviour<TRequest, TResponse>(ILogger<TRequest> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (Exception ex) when (ex is not (IExpectedOutcome or OperationCanceledException))
        {
            logger.LogError(ex, "Sched request {Name} failed", typeof(TRequest).Name);
            throw;
        }
    }
}
