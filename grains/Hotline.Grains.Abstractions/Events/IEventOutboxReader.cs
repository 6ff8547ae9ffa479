namespace Hotline.Grains.Abstractions.Events;

/// <summary>The consumer side of the durable event outbox: claim a batch, deliver it, then complete it.</summary>
/// <remarks>
/// Delivery is at least once: a claim that was not completed (the consumer failed or the process died) comes back
/// unchanged from <see cref="ClaimAsync"/>, so a consumer whose store deduplicates by <see cref="OutboxBatch.ClaimId"/>
/// gets exactly once. One consumer per outbox.
/// </remarks>
public interface IEventOutboxReader
{
    /// <summary>What is waiting.</summary>
    Task<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken = default);

    /// <summary>The open claim if there is one, else a new claim of up to <paramref name="maxRows"/> oldest rows; null when the outbox is empty.</summary>
    Task<OutboxBatch?> ClaimAsync(int maxRows, CancellationToken cancellationToken = default);

    /// <summary>Deletes a delivered claim's rows.</summary>
    Task CompleteAsync(string claimId, CancellationToken cancellationToken = default);
}
