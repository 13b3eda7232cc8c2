namespace Sched.Application.Common.Security;

/// <summary>
/// Declares that a request needs a signed-in user. <see cref="Behaviours.AuthorizationBehaviour{TRequest,TResponse}"/>
/// checks it before any handler runs, so handlers hold only their use case.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AuthorizeAttribute : Attribute;
