using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sched.Infrastructure.Persistence.Interceptors;

/// <summary>
/// The one place that stamps created and modified times, from the application's clock, on every
/// <see cref="IAuditable"/> being saved.
/// </summary>
public sealed class AuditableEntityInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries<IAuditable>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.Created = now;
                entry.Entity.Modified = now;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.Modified = now;
            }
        }
    }
}
