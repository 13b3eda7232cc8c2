namespace Sched.Infrastructure.Persistence;

/// <summary>
/// Hands out the configured provider's context as an <see cref="ApplicationDbContext"/>, so that code
/// which rents contexts (the session store, for one) does not need to know the provider.
/// </summary>
public sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> contexts) : IDbContextFactory<ApplicationDbContext>
    where TContext : ApplicationDbContext
{
    public ApplicationDbContext CreateDbContext() => contexts.CreateDbContext();

    public async Task<ApplicationDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await contexts.CreateDbContextAsync(cancellationToken);
}
