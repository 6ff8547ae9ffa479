using System.Collections.Concurrent;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Grains.Tests.Support;

/// <summary>An event outbox that keeps what producers append, for tests that assert the events emitted.</summary>
public sealed class RecordingEventOutbox : IEventOutbox
{
    private readonly ConcurrentQueue<IDomainEvent> _events = new();

    public IReadOnlyList<IDomainEvent> Events => [.. _events];

    public Task AppendAsync(IReadOnlyCollection<IDomainEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var domainEvent in events)
        {
            _events.Enqueue(domainEvent);
        }

        return Task.CompletedTask;
    }

    /// <summary>The events of one type, in the order appended.</summary>
    public IReadOnlyList<T> OfType<T>() => [.. _events.OfType<T>()];
}
