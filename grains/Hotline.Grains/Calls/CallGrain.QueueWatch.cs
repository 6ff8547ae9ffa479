using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Queues;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Calls;

/// <summary>
/// A waiting call checks now and then that its queue still holds it. Waiting calls live only in the queue's
/// activation: when the queue's silo stops, the queue starts again elsewhere, empty, and the call puts itself back
/// (with its first queueing time, so it keeps its place among the others).
/// </summary>
public sealed partial class CallGrain
{
    /// <summary>How often a waiting call checks that its queue still holds it.</summary>
    public static readonly TimeSpan QueueWatchEvery = TimeSpan.FromSeconds(3);

    private IGrainTimer? _queueWatch;

    // The queue activation that took the call in: only a different one can have lost it.
    private Guid? _queueIncarnation;

    private void StartQueueWatch() =>
        _queueWatch ??= this.RegisterGrainTimer(WatchQueueAsync, new GrainTimerCreationOptions(QueueWatchEvery, QueueWatchEvery) { Interleave = false });

    private void StopQueueWatch()
    {
        _queueWatch?.Dispose();
        _queueWatch = null;
    }

    private async Task WatchQueueAsync(CancellationToken cancellationToken)
    {
        if (S.Phase != CallPhase.Queued || S.Queue is not { } queue)
        {
            return;
        }

        var grain = GrainFactory.GetGrain<IQueueGrain>(queue);
        QueueHold hold;
        try
        {
            hold = await grain.GetHoldAsync(CallId);
        }
        catch (OrleansException ex)
        {
            LogQueueUnreachable(logger, CallId, queue, ex.Message); // the cluster is still moving the queue: try again next time
            return;
        }

        // While the question was out, the queue may have offered the call, overflowed it or ended its wait; and the
        // activation that took the call in lets go of calls only on purpose. Only a call still waiting in the same
        // queue and unknown to a new activation of it was lost.
        if (hold.Position is not null || hold.Incarnation == _queueIncarnation || S.Phase != CallPhase.Queued || S.Queue != queue)
        {
            return;
        }

        LogRequeued(logger, CallId, queue);
        S.Transitions.Add(new CallTransition(S.Phase, clock.GetUtcNow(), $"queue {queue} lost the call; queued again"));
        await grain.EnqueueAsync(new QueuedCall(CallId, S.CallerNumber, S.Priority, S.QueuedAt ?? clock.GetUtcNow()));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call {CallId}: queue {Queue} no longer held the call; queued again")]
    private static partial void LogRequeued(ILogger logger, string callId, string queue);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Call {CallId}: queue {Queue} did not answer: {Reason}")]
    private static partial void LogQueueUnreachable(ILogger logger, string callId, string queue, string reason);
}
