using System.Globalization;
using System.Text.Json;
using Hotline.Analytics.Engines;

namespace Hotline.Qa.Work;

/// <summary>Puts every recorded call into the QA queue: reads new call detail records that name a recording from the analytics
/// store and enqueues them, remembering how far it got in <c>&lt;DataDir&gt;/qa/queue/feed-cursor.txt</c>.</summary>
/// <remarks>
/// The CDR is the call-end hook: telephony and the grains already write it (and only once the recording is closed), so
/// neither learns about QA. Reading a durable source gives back-pressure for free: while the queue is full the feed
/// waits and the CDRs wait in the store. Each poll re-reads the last <see cref="Overlap"/> before the cursor because CDRs
/// reach the store in batches, not strictly in end order; the queue ignores calls it already has. The first poll ever starts
/// at that moment (and records it): calls that ended before QA was installed, or simulated history, are not transcribed.
/// </remarks>
public sealed class RecordedCallFeed(Func<CancellationToken, Task<IAnalyticsEngine>> engine, string database, QaWorkJournal journal, string cursorPath,
    TimeProvider clock)
{
    /// <summary>How far before the cursor each poll looks again.</summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    /// <summary>Most CDRs read per poll.</summary>
    public const int BatchSize = 2000;

    /// <summary>Enqueues the recorded calls that ended since the last poll; returns how many were new to the queue.</summary>
    public async Task<int> PollAsync(CancellationToken cancellationToken)
    {
        if (ReadCursor() is not { } cursor)
        {
            cursor = clock.GetUtcNow();
            await WriteCursorAsync(cursor, cancellationToken);
        }

        var parameters = new Dictionary<string, string> { ["from"] = QueryParameterText.Of(cursor - Overlap) };
        var opened = await engine(cancellationToken);
        var result = await opened.QueryAsync($"""
            SELECT call_id, recording, agent, queue, ivr_path,
                   toUnixTimestamp64Milli(arrived_at) AS arrived_ms, toUnixTimestamp64Milli(ended_at) AS ended_ms
            FROM {database}.calls
            WHERE recording != '' AND ended_at >= {"{from:DateTime64(3)}"}
            ORDER BY ended_at, call_id LIMIT {BatchSize.ToString(CultureInfo.InvariantCulture)}
            """, parameters, cancellationToken: cancellationToken);

        var added = 0;
        var newest = cursor;
        foreach (var line in result.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var row = JsonDocument.Parse(line);
            var r = row.RootElement;
            var item = new QaWorkItem(
                r.GetProperty("call_id").GetString()!,
                r.GetProperty("recording").GetString()!,
                DateTimeOffset.FromUnixTimeMilliseconds(Milliseconds(r.GetProperty("arrived_ms"))),
                r.GetProperty("agent").GetString()!,
                r.GetProperty("queue").GetString()!,
                r.GetProperty("ivr_path").EnumerateArray().Any(node => node.GetString() == "complaint"));
            if (await journal.EnqueueAsync(item, cancellationToken))
                added++;
            var ended = DateTimeOffset.FromUnixTimeMilliseconds(Milliseconds(r.GetProperty("ended_ms")));
            if (ended > newest)
                newest = ended;
        }

        if (newest > cursor)
            await WriteCursorAsync(newest, cancellationToken);
        return added;
    }

    private DateTimeOffset? ReadCursor() =>
        File.Exists(cursorPath) && long.TryParse(File.ReadAllText(cursorPath).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;

    private async Task WriteCursorAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cursorPath))!);
        await File.WriteAllTextAsync(cursorPath + ".tmp", at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), cancellationToken);
        File.Move(cursorPath + ".tmp", cursorPath, overwrite: true);
    }

    // ClickHouse writes 64-bit integers as JSON strings by default.
    private static long Milliseconds(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? long.Parse(value.GetString()!, NumberStyles.Integer, CultureInfo.InvariantCulture)
        : value.GetInt64();
}
