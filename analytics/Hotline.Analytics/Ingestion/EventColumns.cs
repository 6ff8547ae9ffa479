using Hotline.Analytics.Schema;

namespace Hotline.Analytics.Ingestion;

/// <summary>Builders for the column kinds event tables use (an instance so the event type is inferred once per table).</summary>
public sealed class EventColumns<T>
{
    /// <summary>A UUID.</summary>
    public EventColumn<T> Uuid(string name, Func<T, Guid> value) =>
        new(name, "UUID", "UUID", (column, e) => column.AppendUuid(value(e)));

    /// <summary>A free-form string.</summary>
    public EventColumn<T> Text(string name, Func<T, string?> value) =>
        new(name, "String", "String", (column, e) => column.AppendString(value(e)));

    /// <summary>A string from a small set (queue, category, state …), dictionary-encoded in storage.</summary>
    public EventColumn<T> Label(string name, Func<T, string?> value) =>
        new(name, "LowCardinality(String)", "String", (column, e) => column.AppendString(value(e)));

    /// <summary>A list of strings from a small set.</summary>
    public EventColumn<T> Labels(string name, Func<T, IReadOnlyList<string>> value) =>
        new(name, "Array(LowCardinality(String))", "Array(String)", (column, e) => column.AppendStringArray(value(e)));

    /// <summary>A list of free-form strings.</summary>
    public EventColumn<T> Texts(string name, Func<T, IReadOnlyList<string>> value) =>
        new(name, "Array(String)", "Array(String)", (column, e) => column.AppendStringArray(value(e)));

    /// <summary>A local-zone timestamp with milliseconds.</summary>
    public EventColumn<T> Time(string name, Func<T, DateTimeOffset> value) =>
        new(name, AnalyticsTime.TimestampType, "DateTime64(3)", (column, e) => column.AppendDateTime64(value(e)));

    /// <summary>A timestamp that may be absent (stored as the epoch, 1970-01-01).</summary>
    public EventColumn<T> OptionalTime(string name, Func<T, DateTimeOffset?> value) =>
        new(name, AnalyticsTime.TimestampType, "DateTime64(3)", (column, e) => column.AppendDateTime64(value(e)));

    /// <summary>A measurement in single precision.</summary>
    public EventColumn<T> Measure(string name, Func<T, double> value) =>
        new(name, "Float32", "Float32", (column, e) => column.AppendFloat32((float)value(e)));

    /// <summary>A double-precision measurement.</summary>
    public EventColumn<T> PreciseMeasure(string name, Func<T, double> value) =>
        new(name, "Float64", "Float64", (column, e) => column.AppendFloat64(value(e)));

    /// <summary>A flag (0/1).</summary>
    public EventColumn<T> Flag(string name, Func<T, bool> value) =>
        new(name, "UInt8", "UInt8", (column, e) => column.AppendUInt8(value(e) ? (byte)1 : (byte)0));

    /// <summary>A small count (0–255).</summary>
    public EventColumn<T> Small(string name, Func<T, int> value) =>
        new(name, "UInt8", "UInt8", (column, e) => column.AppendUInt8((byte)Math.Clamp(value(e), 0, byte.MaxValue)));

    /// <summary>A count or sequence number.</summary>
    public EventColumn<T> Count(string name, Func<T, int> value) =>
        new(name, "UInt32", "UInt32", (column, e) => column.AppendUInt32((uint)Math.Max(value(e), 0)));

    /// <summary>The event's schema version.</summary>
    public EventColumn<T> Version(Func<T, int> value) =>
        new("schema_version", "UInt16", "UInt16", (column, e) => column.AppendUInt16((ushort)value(e)));
}
