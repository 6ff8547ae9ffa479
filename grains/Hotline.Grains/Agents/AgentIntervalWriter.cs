using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Events;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Agents;

/// <summary>
/// Writes the interval an agent just left (its state, reason, the call's queue, start and end) to the event outbox.
/// Hosts without an outbox (routing benchmarks) write nothing.
/// </summary>
internal sealed partial class AgentIntervalWriter(IEventOutbox? outbox, ILogger logger)
{
    /// <summary>False in hosts without an outbox: the grain need not even build the intervals.</summary>
    public bool Enabled => outbox is not null;

    /// <summary>The interval from <paramref name="left"/>'s start to <paramref name="endedAt"/>; none for the state before the first login.</summary>
    public static AgentStateInterval? Interval(string extension, AgentPresence left, DateTimeOffset endedAt) =>
        left.Since == default
            ? null
            : new AgentStateInterval
            {
                EventId = Guid.NewGuid(),
                AgentId = extension,
                State = left.Status.ToString(),
                Reason = left.Reason?.ToString() ?? "",
                Queue = left.Queue ?? "",
                StartedAt = left.Since,
                EndedAt = endedAt,
            };

    private Task _writing = Task.CompletedTask;

    /// <summary>
    /// Writes the interval after those before it, without holding up the state change: the ACD reserves agents on
    /// its routing path, and a store write there would add its latency to every call's wait.
    /// </summary>
    public void Write(AgentStateInterval interval) => _writing = WriteAfterAsync(_writing, interval);

    /// <summary>Completes when every interval handed over so far is written (or logged as lost).</summary>
    public Task FlushAsync() => _writing;

    private async Task WriteAfterAsync(Task previous, AgentStateInterval interval)
    {
        await previous;
        if (outbox is null)
        {
            return;
        }

        try
        {
            await outbox.AppendAsync([interval]);
        }
#pragma warning disable CA1031 // The agent's state has changed either way; a lost interval is logged, not thrown at the agent.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogLost(logger, ex, interval.AgentId, interval.State);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Agent {Agent}: the {State} interval could not be written to the outbox")]
    private static partial void LogLost(ILogger logger, Exception exception, string agent, string state);
}
