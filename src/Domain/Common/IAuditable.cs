namespace Sched.Domain.Common;

/// <summary>
/// Something that records when it was created and last modified. Persistence fills both in one
/// place from the application's clock, so no use case sets them by hand.
/// </summary>
public interface IAuditable
{
    /// <summary>When the record was first saved (UTC).</summary>
    DateTime Created { get; set; }

    /// <summary>When the record was last saved (UTC).</summary>
    DateTime Modified { get; set; }
}
