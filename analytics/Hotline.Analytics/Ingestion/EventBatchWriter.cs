using Hotline.Analytics.Engines;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Ingestion;

/// <summary>Bulk-loads events straight into the event tables (bypassing the outbox), in Native blocks of up to <c>flushRows</c> rows per table.</summary>
/// <remarks>
/// For generated history and benchmarks. Each block carries a token made from its first event id and size, so loading the
/// same seeded history again is dropped by the tables' insert deduplication rather than doubled.
/// </remarks>
public sealed class EventBatchWriter(IAnalyticsEngine engine, string database, int flushRows = 100_000)
{
    private readonly Dictionary<string, List<IDomainEvent>> _pending = new(StringComparer.Ordinal);

    /// <summary>Events handed to the engine so far.</summary>
    public long Written { get; private set; }

    /// <summary>Events written per table so far.</summary>
    public Dictionary<string, long> WrittenPerTable { get; } = new(StringComparer.Ordinal);

    /// <summary>Buffers events, inserting every table's buffer that reaches the block size.</summary>
    public async Task AddAsync(IEnumerable<IDomainEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var domainEvent in events)
        {
            var name = DomainEventCatalog.NameOf(domainEvent);
            if (!_pending.TryGetValue(name, out var buffer))
                _pending[name] = buffer = [];
            buffer.Add(domainEvent);
            if (buffer.Count >= flushRows)
                await FlushAsync(name, buffer, cancellationToken);
        }
    }

    /// <summary>Inserts everything still buffered.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        foreach (var (name, buffer) in _pending)
            await FlushAsync(name, buffer, cancellationToken);
    }

    private async Task FlushAsync(string name, List<IDomainEvent> buffer, CancellationToken cancellationToken)
    {
        if (buffer.Count == 0)
            return;
        var table = EventTables.For(name);
        var token = $"load:{table.Definition.Name}:{buffer[0].EventId:N}:{buffer.Count}";
        await engine.InsertAsync(table.Encode(database, buffer, token), cancellationToken);
        Written += buffer.Count;
        WrittenPerTable[table.Definition.Name] = WrittenPerTable.GetValueOrDefault(table.Definition.Name) + buffer.Count;
        buffer.Clear();
    }
}
