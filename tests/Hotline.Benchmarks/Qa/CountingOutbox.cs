using Hotline.Grains.Abstractions.Events;

namespace Hotline.Benchmarks.Qa;

/// <summary>An outbox that only counts what scoring sends (the store's write cost is the outbox benchmark's business, not this one's).</summary>
internal sealed class CountingOutbox : IEventOutbox
{
    private long events;

    public long Events => Interlocked.Read(ref events);

    public Task AppendAsync(IReadOnlyCollection<IDomainEvent> appended, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(appended);
        Interlocked.Add(ref events, appended.Count);
        return Task.CompletedTask;
    }
}
