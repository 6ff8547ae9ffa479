using Hotline.Analytics.Engines;
using Hotline.Analytics.Ingestion.Native;
using Hotline.Analytics.Schema;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Ingestion;

/// <summary>Outbox rows the consumer cannot store as events (unreadable payload, unknown kind, newer schema): kept verbatim, never dropped.</summary>
public static class RejectedEvents
{
    /// <summary>The table holding them.</summary>
    public static readonly TableDefinition Table = new("rejected_events",
    [
        new("outbox_id", "UInt64"), new("event_name", "LowCardinality(String)"), new("schema_version", "UInt16"),
        new("payload", "String"), new("error", "String"), new("rejected_at", AnalyticsTime.TimestampType),
    ], "MergeTree", "toYYYYMM(rejected_at)", "rejected_at, outbox_id");

    /// <summary>One Native insert of the rejected entries.</summary>
    public static AnalyticsInsert Encode(string database, IReadOnlyList<(OutboxEntry Entry, string Error)> rejected, DateTimeOffset now, string deduplicationToken)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        NativeColumn id = new("outbox_id", "UInt64"), name = new("event_name", "String"), version = new("schema_version", "UInt16"),
            payload = new("payload", "String"), error = new("error", "String"), at = new("rejected_at", "DateTime64(3)");
        foreach (var (entry, reason) in rejected)
        {
            id.AppendInt64(entry.Id);
            name.AppendString(entry.EventName);
            version.AppendUInt16((ushort)Math.Clamp(entry.SchemaVersion, 0, ushort.MaxValue));
            payload.AppendString(entry.Payload);
            error.AppendString(reason);
            at.AppendDateTime64(now);
        }

        NativeColumn[] columns = [id, name, version, payload, error, at];
        return new AnalyticsInsert($"{database}.{Table.Name}", [.. columns.Select(c => c.Name)], "Native", NativeBlock.Encode(columns), deduplicationToken);
    }
}
