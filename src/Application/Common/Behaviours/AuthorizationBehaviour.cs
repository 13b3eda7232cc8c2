using System.Reflection;
using Sched.Application.Common.Security;

namespace Sched.Application.Common.Behaviours;

/// <summary>Refuses a request marked <see cref="AuthorizeAttribute"/> when nobody is signed in.</summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser currentUser) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool NeedsSignedInUser = typeof(TRequest).GetCustomAttribute<AuthorizeAttribute>() is not null;

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        NeedsSignedInUser && currentUser.UserId is null ? throw new NotSignedInException() : next();
}
