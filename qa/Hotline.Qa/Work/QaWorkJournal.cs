using System.Text.Json;

namespace Hotline.Qa.Work;

/// <summary>The durable transcription queue: an append-only journal under <c>&lt;DataDir&gt;/qa/queue</c>, one JSON line per
/// status change, shared by in-process workers and worker processes on the same storage through an exclusive lock file.</summary>
/// <remarks>Back-pressure: <see cref="EnqueueAsync"/> waits while the backlog is at capacity, so a producer reading a durable
/// source (CDRs) simply reads slower. A claim is a lease: a worker that dies leaves the call to be claimed again after
/// <paramref name="lease"/>, and a call that used up <paramref name="maxAttempts"/> fails instead of circling forever.
/// Compaction: once the file holds <paramref name="compactAfterLines"/> more lines than it would after compaction, it is rewritten
/// with one line per call and without the finished calls older than <paramref name="keepFinished"/> (default a day), so it
/// stays about as small as the live and recent work.</remarks>
public sealed class QaWorkJournal(string folder, int capacity, TimeSpan lease, int maxAttempts, TimeProvider clock, TimeSpan? keepFinished = null,
    int compactAfterLines = 1000)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan BackPressureWait = TimeSpan.FromMilliseconds(200);

    private string JournalPath => Path.Combine(folder, "journal.jsonl");

    private TimeSpan KeepFinished => keepFinished ?? TimeSpan.FromDays(1);

    /// <summary>Every call's latest state (finished calls only while they are kept).</summary>
    public async Task<IReadOnlyDictionary<string, QaCallState>> StatesAsync(CancellationToken cancellationToken) => await ReadAsync(cancellationToken);

    /// <summary>Rewrites the journal now: one line per call, finished calls older than the retention dropped; returns the lines kept.</summary>
    public Task<int> CompactAsync(CancellationToken cancellationToken) =>
        UnderLockAsync(states => (states.Count, (QaCallState?)null), cancellationToken, forceCompaction: true);

    /// <summary>Adds the call unless it is already known; waits while <paramref name="capacity"/> calls are waiting.</summary>
    public async Task<bool> EnqueueAsync(QaWorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        while (true)
        {
            var added = await UnderLockAsync(states =>
            {
                if (states.ContainsKey(item.CallId))
                    return ((bool?)false, (QaCallState?)null);
                if (states.Values.Count(s => s.Status is QaCallStatus.Queued or QaCallStatus.Transcribing) >= capacity)
                    return ((bool?)null, null);
                return ((bool?)true, new QaCallState(item, QaCallStatus.Queued, "", 0, "", clock.GetUtcNow()));
            }, cancellationToken);
            if (added is { } result)
                return result;
            await Task.Delay(BackPressureWait, clock, cancellationToken);
        }
    }

    /// <summary>The oldest waiting call (or one whose lease expired), now leased to <paramref name="worker"/>; null when none.</summary>
    public Task<QaCallState?> ClaimAsync(string worker, CancellationToken cancellationToken) =>
        UnderLockAsync(states =>
        {
            var now = clock.GetUtcNow();
            var next = states.Values
                .Where(s => s.Status == QaCallStatus.Queued || (s.Status == QaCallStatus.Transcribing && now - s.At > lease))
                .OrderBy(s => s.At)
                .FirstOrDefault();
            if (next is null)
                return ((QaCallState?)null, (QaCallState?)null);
            var state = next.Attempts >= maxAttempts
                ? next with { Status = QaCallStatus.Failed, Reason = $"gave up after {next.Attempts} attempts (worker lost or deadline passed)", At = now }
                : next with { Status = QaCallStatus.Transcribing, Attempts = next.Attempts + 1, Worker = worker, At = now };
            return (state.Status == QaCallStatus.Transcribing ? state : null, state);
        }, cancellationToken);

    /// <summary>Marks the call done.</summary>
    public Task CompleteAsync(string callId, CancellationToken cancellationToken) => FinishAsync(callId, QaCallStatus.Done, "", cancellationToken);

    /// <summary>Marks the call failed with <paramref name="reason"/>.</summary>
    public Task FailAsync(string callId, string reason, CancellationToken cancellationToken) => FinishAsync(callId, QaCallStatus.Failed, reason, cancellationToken);

    /// <summary>The call's latest state, null when it was never queued.</summary>
    public async Task<QaCallState?> StatusAsync(string callId, CancellationToken cancellationToken) =>
        (await ReadAsync(cancellationToken)).GetValueOrDefault(callId);

    /// <summary>Counts by status.</summary>
    public async Task<QaQueueProgress> ProgressAsync(CancellationToken cancellationToken)
    {
        var states = (await ReadAsync(cancellationToken)).Values.ToList();
        int Count(QaCallStatus status) => states.Count(s => s.Status == status);
        return new QaQueueProgress(Count(QaCallStatus.Queued), Count(QaCallStatus.Transcribing), Count(QaCallStatus.Done), Count(QaCallStatus.Failed), capacity);
    }

    private async Task FinishAsync(string callId, QaCallStatus status, string reason, CancellationToken cancellationToken) =>
        await UnderLockAsync(states =>
        {
            if (!states.TryGetValue(callId, out var state))
                throw new InvalidOperationException($"Call '{callId}' is not in the QA queue at '{folder}'.");
            return (true, state with { Status = status, Reason = reason, At = clock.GetUtcNow() });
        }, cancellationToken);

    private async Task<Dictionary<string, QaCallState>> ReadAsync(CancellationToken cancellationToken)
    {
        Dictionary<string, QaCallState>? result = null;
        await UnderLockAsync(states =>
        {
            result = states;
            return (true, (QaCallState?)null);
        }, cancellationToken);
        return result!;
    }

    // Runs a decision over the journal's current states while holding the lock; a returned state is appended as one line.
    private async Task<T> UnderLockAsync<T>(Func<Dictionary<string, QaCallState>, (T Result, QaCallState? Append)> decide, CancellationToken cancellationToken,
        bool forceCompaction = false)
    {
        Directory.CreateDirectory(folder);
        using var gate = await LockAsync(cancellationToken);
        var states = new Dictionary<string, QaCallState>(StringComparer.Ordinal);
        var lines = 0;
        if (File.Exists(JournalPath))
        {
            foreach (var line in await File.ReadAllLinesAsync(JournalPath, cancellationToken))
            {
                lines++;
                // A line cut short by a crash mid-write is the only kind of damage an append-only file gets; skip it.
                if (line.Length > 0 && TryParse(line) is { } state)
                    states[state.Item.CallId] = state;
            }
        }

        var cutoff = clock.GetUtcNow() - KeepFinished;
        if (forceCompaction || lines > states.Values.Count(s => !Expired(s, cutoff)) + compactAfterLines)
            await CompactAsync(states, cutoff, cancellationToken);

        var (result, append) = decide(states);
        if (append is not null)
        {
            await File.AppendAllTextAsync(JournalPath, JsonSerializer.Serialize(append, Json) + "\n", cancellationToken);
            states[append.Item.CallId] = append;
        }

        return result;
    }

    // Written beside the journal and moved over it while the lock is held, so a crash leaves either the old file or the new one.
    private async Task CompactAsync(Dictionary<string, QaCallState> states, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        foreach (var old in states.Values.Where(s => Expired(s, cutoff)).ToList())
            states.Remove(old.Item.CallId);
        var temporary = JournalPath + ".compact";
        await File.WriteAllLinesAsync(temporary, states.Values.OrderBy(s => s.At).Select(s => JsonSerializer.Serialize(s, Json)), cancellationToken);
        File.Move(temporary, JournalPath, overwrite: true);
    }

    private static bool Expired(QaCallState state, DateTimeOffset cutoff) => state.Status is QaCallStatus.Done or QaCallStatus.Failed && state.At < cutoff;

    private static QaCallState? TryParse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<QaCallState>(line, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<FileStream> LockAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, "queue.lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(LockRetry, clock, cancellationToken);
            }
        }
    }
}
