namespace Sched.Application.Common.Behaviours;

/// <summary>
/// Logs which request runs for which user. Only the request's name is logged, never its values:
/// requests carry passwords.
/// </summary>
public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<TRequest> logger, ICurrentUser currentUser)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("Sched request {Name} for user {UserId}", typeof(TRequest).Name, currentUser.UserId ?? "(anonymous)");
        }

        return next();
    }
}
