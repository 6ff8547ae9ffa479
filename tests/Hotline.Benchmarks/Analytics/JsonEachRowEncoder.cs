using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Hotline.Analytics.Engines;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Benchmarks.Analytics;

/// <summary>The naive alternative to Native: the same CDRs as JSONEachRow text, for the format comparison.</summary>
internal static class JsonEachRowEncoder
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public static AnalyticsInsert Encode(string table, IReadOnlyList<CallDetailRecord> calls)
    {
        var output = new ArrayBufferWriter<byte>(calls.Count * 700);
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false, SkipValidation = true }))
        {
            foreach (var c in calls)
            {
                json.WriteStartObject();
                json.WriteString("event_id", c.EventId);
                json.WriteNumber("schema_version", c.SchemaVersion);
                json.WriteString("call_id", c.CallId);
                json.WriteString("direction", c.Direction.ToString());
                json.WriteString("caller", c.CallerNumber);
                json.WriteString("called", c.CalledNumber);
                json.WriteString("service_number", c.ServiceNumber);
                json.WriteString("region", c.Region);
                json.WriteString("queue", c.Queue);
                json.WriteString("agent", c.AgentId);
                Strings(json, "skills", c.Skills);
                Strings(json, "ivr_path", c.IvrPath);
                Time(json, "arrived_at", c.ArrivedAt);
                Time(json, "queued_at", c.QueuedAt);
                Time(json, "offered_at", c.OfferedAt);
                Time(json, "answered_at", c.AnsweredAt);
                Time(json, "ended_at", c.EndedAt);
                Time(json, "wrap_up_ended_at", c.WrapUpEndedAt);
                json.WriteNumber("is_answered", c.AnsweredAt is null ? 0 : 1);
                json.WriteNumber("is_abandoned", c.EndCause == CallEndCause.Abandoned ? 1 : 0);
                json.WriteNumber("wait_s", c.WaitSeconds);
                json.WriteNumber("talk_s", c.TalkSeconds);
                json.WriteNumber("hold_s", c.HoldSeconds);
                json.WriteNumber("wrap_s", c.WrapUpSeconds);
                json.WriteNumber("transfers", c.Transfers.Count);
                Strings(json, "transfer_chain", [.. c.Transfers.Select(t => t.To)]);
                json.WriteString("end_cause", c.EndCause.ToString());
                json.WriteString("recording", c.RecordingPath);
                json.WriteNumber("rtcp_loss", c.RtcpLossFraction);
                json.WriteNumber("rtcp_jitter_ms", c.RtcpJitterMilliseconds);
                json.WriteString("ticket_number", c.TicketNumber);
                json.WriteEndObject();
                json.Flush();
                output.Write("\n"u8);
                json.Reset(output);
            }
        }

        return new AnalyticsInsert(table, SyntheticCalls.Columns.Split(", "), "JSONEachRow", output.WrittenMemory, null);
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void Time(Utf8JsonWriter json, string name, DateTimeOffset? instant) =>
        json.WriteString(name, (instant ?? DateTimeOffset.UnixEpoch).ToOffset(Shanghai).ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture));
}
