namespace Hotline.Grains.Abstractions.Events;

/// <summary>The producer side of the durable event outbox, for producers that have no store transaction of their own.</summary>
/// <remarks>Producers with state in the operational store add the events inside their own transaction instead.</remarks>
public interface IEventOutbox
{
    /// <summary>Stores the events durably; an event whose id is already stored is skipped (a producer's retry).</summary>
    Task AppendAsync(IReadOnlyCollection<IDomainEvent> events, CancellationToken cancellationToken = default);
}
