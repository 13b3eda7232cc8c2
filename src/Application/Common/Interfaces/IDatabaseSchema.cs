namespace Sched.Application.Common.Interfaces;

/// <summary>Creating and dropping the database's tables, for start-up and the command line.</summary>
public interface IDatabaseSchema
{
    /// <summary>Applies every pending migration; safe to repeat.</summary>
    Task CreateAsync(CancellationToken cancellationToken);

    /// <summary>Deletes the database with all its data.</summary>
    Task DropAsync(CancellationToken cancellationToken);
}
