using Hotline.Analytics.Ingestion.Native;
using Hotline.Analytics.Schema;

namespace Hotline.Analytics.Ingestion;

/// <summary>One column of an event table: how it is stored, how it travels in Native, and how an event fills it.</summary>
/// <param name="Name">The column name.</param>
/// <param name="StoredType">The type in the table (LowCardinality, time zone …).</param>
/// <param name="WireType">The type written in the Native block; the engine converts it to <paramref name="StoredType"/>.</param>
/// <param name="Append">Appends one event's value.</param>
public sealed record EventColumn<T>(string Name, string StoredType, string WireType, Action<NativeColumn, T> Append)
{
    /// <summary>The column as the schema declares it.</summary>
    public ColumnDefinition Definition => new(Name, StoredType);
}
