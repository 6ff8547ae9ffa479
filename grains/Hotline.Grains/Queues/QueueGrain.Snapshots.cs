using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Events;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Queues;

/// <summary>Every <c>SnapshotEvery</c>, while the queue has calls or something happened since the last one, a snapshot event.</summary>
public sealed partial class QueueGrain
{
    private IGrainTimer? _snapshots;

    /// <summary>(Re)starts the snapshot timer at the configured period; none without an outbox or with a zero period.</summary>
    private void StartSnapshots(TimeSpan every)
    {
        _snapshots?.Dispose();
        _snapshots = null;
        if (_outbox is null || every <= TimeSpan.Zero)
        {
            return;
        }

        _snapshots = this.RegisterGrainTimer(TakeSnapshotAsync, new GrainTimerCreationOptions(every, every) { Interleave = false });
    }

    private async Task TakeSnapshotAsync(CancellationToken cancellationToken)
    {
        var counters = (S.Offered, S.Answered, S.Abandoned);
        if (_outbox is null || stored.State.Configuration is not { } rules
            || (S.Waiting.Count == 0 && S.Offers.Count == 0 && counters == S.AtLastSnapshot))
        {
            return;
        }

        var previous = S.AtLastSnapshot;
        S.AtLastSnapshot = counters;
        var now = clock.GetUtcNow();
        var states = await AgentStatesAsync(rules.Skill);
        var snapshot = new QueueSnapshotTaken
        {
            EventId = Guid.NewGuid(),
            Queue = Name,
            TakenAt = now,
            CallsWaiting = S.Waiting.Count,
            LongestWaitSeconds = S.Waiting.Count == 0 ? 0 : S.Waiting.Max(c => (now - c.EnqueuedAt).TotalSeconds),
            AgentsReady = states.Count(s => s == AgentStatus.Ready),
            AgentsBusy = states.Count(s => s is AgentStatus.Ringing or AgentStatus.Talking),
            AgentsWrapUp = states.Count(s => s == AgentStatus.WrapUp),
            AgentsNotReady = states.Count(s => s == AgentStatus.NotReady),
            Offered = counters.Offered - previous.Offered,
            Answered = counters.Answered - previous.Answered,
            Abandoned = counters.Abandoned - previous.Abandoned,
        };
        try
        {
            await _outbox.AppendAsync([snapshot], cancellationToken);
        }
#pragma warning disable CA1031 // A lost snapshot is logged; the queue keeps routing.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogSnapshotLost(logger, ex, Name);
        }
    }

    /// <summary>The state of every agent with the queue's skill; one that does not answer in time is left out.</summary>
    private async Task<AgentStatus[]> AgentStatesAsync(string skill)
    {
        var members = await GrainFactory.GetGrain<IAgentRosterGrain>(skill).GetMembersAsync();
        var states = await Task.WhenAll(members.Select(async member =>
        {
            try
            {
                return (await GrainFactory.GetGrain<IAgentGrain>(member).GetSnapshotAsync().WaitAsync(DiscoveryTimeout)).Status;
            }
            catch (Exception ex) when (ex is TimeoutException or OrleansException)
            {
                return AgentStatus.LoggedOut;
            }
        }));
        return states;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Queue {Queue}: a snapshot could not be written to the outbox")]
    private static partial void LogSnapshotLost(ILogger logger, Exception exception, string queue);
}
