using Microsoft.EntityFrameworkCore;

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
