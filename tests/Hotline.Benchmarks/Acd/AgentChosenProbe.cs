using System.Collections.Concurrent;
using System.Diagnostics;
using Hotline.Grains.Abstractions.Agents;

namespace Hotline.Benchmarks.Acd;

/// <summary>
/// Sees every successful <see cref="IAgentGrain.TryReserveAsync"/> (the moment the ACD has chosen an agent for a call)
/// and tells whoever waits for that call which agent it was and when.
/// </summary>
internal sealed class AgentChosenProbe : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<AgentChoice>> _waiting = new(StringComparer.Ordinal);

    /// <summary>Registers interest in a call before it is queued.</summary>
    public Task<AgentChoice> WatchAsync(string callId)
    {
        var choice = new TaskCompletionSource<AgentChoice>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[callId] = choice;
        return choice.Task;
    }

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        await context.Invoke();
        if (context.Result is true
            && context.Request.GetInterfaceType() == typeof(IAgentGrain)
            && context.Request.GetMethodName() == nameof(IAgentGrain.TryReserveAsync)
            && context.Request.GetArgument(0) is string callId
            && _waiting.TryRemove(callId, out var choice))
        {
            choice.TrySetResult(new AgentChoice(context.TargetId.Key.ToString()!, Stopwatch.GetTimestamp()));
        }
    }
}

/// <summary>The agent the ACD reserved for a call, and the <see cref="Stopwatch"/> timestamp it did so.</summary>
internal sealed record AgentChoice(string Agent, long At);
