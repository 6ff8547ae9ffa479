using Hotline.Analytics.Engines;
using Hotline.Analytics.Schema;
using Hotline.Grains.Abstractions.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Analytics.Ingestion;

/// <summary>Moves domain events from the durable outbox into the analytics store, batch by batch, exactly once.</summary>
/// <remarks>
/// A batch is claimed in the outbox first, inserted one (table, month) group at a time with a deduplication token
/// derived from the claim, and deleted from the outbox only after every insert succeeded. If anything fails or the
/// process dies, the same claim comes back unchanged and is inserted again; the tables drop the groups they already
/// have by token (and so do their materialized views), so nothing is lost and nothing counted twice.
/// </remarks>
public sealed partial class OutboxConsumer
{
    private readonly IEventOutboxReader _outbox;
    private readonly IAnalyticsEngine _engine;
    private readonly string _database;
    private readonly OutboxIngestionOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private long _deliveredRows;
    private long _rejectedRows;

    public OutboxConsumer(IEventOutboxReader outbox, IAnalyticsEngine engine, string database, OutboxIngestionOptions? options = null,
        TimeProvider? clock = null, ILogger<OutboxConsumer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        _outbox = outbox;
        _engine = engine;
        _database = database;
        _options = options ?? new OutboxIngestionOptions();
        _clock = clock ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Events stored in the analytics store since this consumer started.</summary>
    public long DeliveredRows => Interlocked.Read(ref _deliveredRows);

    /// <summary>Outbox rows kept in rejected_events since this consumer started.</summary>
    public long RejectedRows => Interlocked.Read(ref _rejectedRows);

    /// <summary>The last delivery failure's message, cleared by the next success.</summary>
    public string? LastError { get; private set; }

    /// <summary>Delivers batches until cancelled; failures are logged and retried with a growing pause.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var retryDelay = _options.RetryDelay;
        while (!cancellationToken.IsCancellationRequested)
        {
            TimeSpan pause;
            try
            {
                var delivered = await DeliverOnceAsync(force: false, cancellationToken);
                LastError = null;
                retryDelay = _options.RetryDelay;
                pause = delivered > 0 ? TimeSpan.Zero : _options.PollInterval;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Whatever failed (engine down, disk full, store busy), the rows stay in the outbox and the next try resends them.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LastError = ex.Message;
                LogDeliveryFailed(_logger, ex, retryDelay.TotalSeconds, ex.Message);
                pause = retryDelay;
                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, _options.MaxRetryDelay.Ticks));
            }

            if (pause > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(pause, _clock, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Sends everything waiting, batch after batch, regardless of the batching thresholds; returns the rows moved.</summary>
    public async Task<long> DrainAsync(CancellationToken cancellationToken = default)
    {
        long total = 0;
        while (await DeliverOnceAsync(force: true, cancellationToken) is var delivered and > 0)
            total += delivered;
        return total;
    }

    /// <summary>Delivers one batch if one is due (an open claim, enough rows, an old enough row, or <paramref name="force"/>); returns its row count.</summary>
    public async Task<int> DeliverOnceAsync(bool force, CancellationToken cancellationToken = default)
    {
        var backlog = await _outbox.GetBacklogAsync(cancellationToken);
        if (backlog.Pending == 0)
            return 0;
        var due = force || backlog.HasOpenClaim || backlog.Pending >= _options.MinBatchRows
            || (backlog.OldestWrittenAt is { } oldest && _clock.GetUtcNow() - oldest >= _options.MaxBatchAge);
        if (!due)
            return 0;

        var batch = await _outbox.ClaimAsync(_options.MaxBatchRows, cancellationToken);
        if (batch is null)
            return 0;

        await InsertAsync(batch, cancellationToken);
        await _outbox.CompleteAsync(batch.ClaimId, cancellationToken);
        return batch.Entries.Count;
    }

    private async Task InsertAsync(OutboxBatch batch, CancellationToken cancellationToken)
    {
        var groups = new SortedDictionary<(string Table, int Month), List<IDomainEvent>>();
        var tables = new Dictionary<string, IEventTable>(StringComparer.Ordinal);
        var rejected = new List<(OutboxEntry Entry, string Error)>();
        foreach (var entry in batch.Entries)
        {
            if (Read(entry, out var reason) is not { } domainEvent)
            {
                rejected.Add((entry, reason!));
                continue;
            }

            var table = EventTables.For(entry.EventName);
            tables[table.Definition.Name] = table;
            var key = (table.Definition.Name, AnalyticsTime.LocalMonth(domainEvent.OccurredAt));
            if (!groups.TryGetValue(key, out var events))
                groups[key] = events = [];
            events.Add(domainEvent);
        }

        // Each (table, month) group is one insert into one partition, named by the claim so a resend is recognised.
        foreach (var ((table, month), events) in groups)
        {
            var token = $"{batch.ClaimId}:{table}:{month}";
            await _engine.InsertAsync(tables[table].Encode(_database, events, token), cancellationToken);
        }

        if (rejected.Count > 0)
        {
            await _engine.InsertAsync(RejectedEvents.Encode(_database, rejected, _clock.GetUtcNow(), $"{batch.ClaimId}:rejected"), cancellationToken);
            LogRejected(_logger, rejected.Count, rejected[0].Error);
            Interlocked.Add(ref _rejectedRows, rejected.Count);
        }

        Interlocked.Add(ref _deliveredRows, batch.Entries.Count - rejected.Count);
        LogDelivered(_logger, batch.Entries.Count - rejected.Count, groups.Count, batch.Redelivery);
    }

    private static IDomainEvent? Read(OutboxEntry entry, out string? reason)
    {
        reason = null;
        if (!DomainEventCatalog.Names.Contains(entry.EventName))
        {
            reason = $"unknown event name '{entry.EventName}'";
            return null;
        }

        try
        {
            var domainEvent = entry.ToEvent();
            var current = CurrentVersion(domainEvent);
            if (entry.SchemaVersion > current)
            {
                reason = $"schema version {entry.SchemaVersion} is newer than {current}, the newest this build reads";
                return null;
            }

            return domainEvent;
        }
        catch (FormatException ex)
        {
            reason = ex.Message;
            return null;
        }
    }

    private static int CurrentVersion(IDomainEvent domainEvent) => domainEvent switch
    {
        CallDetailRecord => CallDetailRecord.CurrentVersion,
        AgentStateInterval => AgentStateInterval.CurrentVersion,
        QueueSnapshotTaken => QueueSnapshotTaken.CurrentVersion,
        TicketEvent => TicketEvent.CurrentVersion,
        TranscriptSegment => TranscriptSegment.CurrentVersion,
        QaScore => QaScore.CurrentVersion,
        SurveyResult => SurveyResult.CurrentVersion,
        QaItemScore => QaItemScore.CurrentVersion,
        _ => throw new ArgumentException($"No current schema version is known for {domainEvent.GetType().Name}.", nameof(domainEvent)),
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Analytics ingestion stored {Rows} events in {Groups} inserts (redelivery: {Redelivery})")]
    private static partial void LogDelivered(ILogger logger, int rows, int groups, bool redelivery);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analytics ingestion failed, retrying in {Seconds} s (the batch stays in the outbox): {Reason}")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, double seconds, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Analytics ingestion kept {Count} unreadable outbox rows in rejected_events; first reason: {Reason}")]
    private static partial void LogRejected(ILogger logger, int count, string reason);
}
