using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Sched.Application.Common.Interfaces;

/// <summary>
/// The pages read on every visit (the list, one appointment) use queries that EF Core compiles once
/// per process (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, TResult}})"/>)
/// instead of translating their LINQ on every call. A compiled query takes the context as a
/// <see cref="DbContext"/>; every <see cref="IApplicationDbContext"/> is one, and this is the one
/// place that says so.
/// </summary>
public static class CompiledQueries
{
    public static DbContext AsDbContext(this IApplicationDbContext db) =>
        db as DbContext ?? throw new InvalidOperationException($"{db.GetType().Name} is not an EF Core DbContext.");
}

/// <summary>
/// One compiled query per EF Core model. A compiled query is tied to the model it first ran with and
/// refuses any other. A process serving Sched has one model, but one running both providers (the test
/// suites do) has two, one per provider's context type, so each model gets its own compilation.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConcurrentDictionary<IModel, TQuery> _compiled = new();

    public TQuery For(DbContext context) => _compiled.GetOrAdd(context.Model, _ => compile());
}
