using Hotline.Analytics.Engines;
using Hotline.Analytics.Ingestion.Native;
using Hotline.Analytics.Schema;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Ingestion;

/// <summary>An event table defined once by its columns: the schema's DDL and the Native encoding both come from them.</summary>
public sealed class EventTable<T> : IEventTable where T : IDomainEvent
{
    private readonly IReadOnlyList<EventColumn<T>> _columns;
    private readonly string[] _columnNames;

    public EventTable(string eventName, string name, string partitionBy, string orderBy, Func<EventColumns<T>, IReadOnlyList<EventColumn<T>>> columns, string engine = "MergeTree")
    {
        ArgumentNullException.ThrowIfNull(columns);
        EventName = eventName;
        _columns = columns(new EventColumns<T>());
        _columnNames = [.. _columns.Select(c => c.Name)];
        Definition = new TableDefinition(name, [.. _columns.Select(c => c.Definition)], engine, partitionBy, orderBy);
    }

    public string EventName { get; }

    public TableDefinition Definition { get; }

    public AnalyticsInsert Encode(string database, IReadOnlyList<IDomainEvent> events, string? deduplicationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var columns = new NativeColumn[_columns.Count];
        for (var i = 0; i < columns.Length; i++)
            columns[i] = new NativeColumn(_columns[i].Name, _columns[i].WireType, events.Count * 8);

        foreach (var domainEvent in events)
        {
            if (domainEvent is not T typed)
                throw new ArgumentException($"Table {Definition.Name} stores {typeof(T).Name} events, not {domainEvent.GetType().Name}.", nameof(events));
            for (var i = 0; i < columns.Length; i++)
                _columns[i].Append(columns[i], typed);
        }

        return new AnalyticsInsert($"{database}.{Definition.Name}", _columnNames, "Native", NativeBlock.Encode(columns), deduplicationToken);
    }
}
