using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Queues;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Queues;

/// <summary>
/// The ACD for one queue: waiting calls in priority order, the ready agents with the queue's skill, and routing
/// whenever either side changes. A sweep each second applies ring timeouts, overflow and maximum wait.
/// </summary>
public sealed partial class QueueGrain(
    [PersistentState("queue", GrainStorage.Main)] IPersistentState<QueueState> state,
    TimeProvider clock,
    ILogger<QueueGrain> logger) : Grain, IQueueGrain
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);
    private readonly Dictionary<string, AgentCandidate> _ready = new(StringComparer.Ordinal);
    private IGrainTimer? _sweep;

    private QueueState S => state.State;

    private string Name => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _sweep = this.RegisterGrainTimer(SweepAsync, new GrainTimerCreationOptions(SweepInterval, SweepInterval) { Interleave = false });
        return Task.CompletedTask;
    }

    public async Task ConfigureAsync(QueueConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.Name != Name)
        {
            throw new ArgumentException($"configuration for queue '{configuration.Name}' sent to queue '{Name}'", nameof(configuration));
        }

        S.Configuration = configuration;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IQueueDirectoryGrain>(0).RegisterAsync(Name, configuration.Skill);
    }

    public async Task<int> EnqueueAsync(QueuedCall queuedCall)
    {
        ArgumentNullException.ThrowIfNull(queuedCall);
        Require();
        if (S.Waiting.Exists(c => c.CallId == queuedCall.CallId) || S.Offers.ContainsKey(queuedCall.CallId))
        {
            return PositionOf(queuedCall.CallId) ?? 0;
        }

        Insert(queuedCall);
        S.Offered++;
        await GrainFactory.GetGrain<ICallGrain>(queuedCall.CallId).QueuedAsync(Name);
        await RouteAsync();
        await state.WriteStateAsync();
        return PositionOf(queuedCall.CallId) ?? 0;
    }

    public async Task AbandonAsync(string callId)
    {
        var removed = S.Waiting.RemoveAll(c => c.CallId == callId) > 0;
        if (S.Offers.Remove(callId, out var offer))
        {
            removed = true;
            await GrainFactory.GetGrain<IAgentGrain>(offer.Agent).CallNotAnsweredAsync(callId);
        }

        if (removed)
        {
            S.Abandoned++;
            await state.WriteStateAsync();
        }
    }

    public async Task RequeueAsync(string callId)
    {
        if (S.Offers.Remove(callId, out var offer))
        {
            Insert(offer.Call);
            await RouteAsync();
            await state.WriteStateAsync();
        }
    }

    public async Task AnsweredAsync(string callId)
    {
        if (S.Offers.Remove(callId, out var offer))
        {
            S.Answered++;
            if (clock.GetUtcNow() - offer.Call.EnqueuedAt <= Require().ServiceLevelTarget)
            {
                S.AnsweredWithinTarget++;
            }

            await state.WriteStateAsync();
        }
    }

    public async Task AgentReadyAsync(AgentCandidate agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        _ready[agent.Extension] = agent;
        if (S.Configuration is not null)
        {
            await RouteAsync();
            await state.WriteStateAsync();
        }
    }

    public Task AgentUnavailableAsync(string extension)
    {
        _ready.Remove(extension);
        return Task.CompletedTask;
    }

    public Task<int?> PositionOfAsync(string callId) => Task.FromResult(PositionOf(callId));

    public Task<QueueSnapshot> GetSnapshotAsync()
    {
        var now = clock.GetUtcNow();
        var longest = S.Waiting.Count == 0 ? TimeSpan.Zero : S.Waiting.Max(c => now - c.EnqueuedAt);
        return Task.FromResult(new QueueSnapshot(Name, S.Waiting.Count, longest, _ready.Count, S.Offered, S.Answered, S.AnsweredWithinTarget, S.Abandoned));
    }

    /// <summary>Offers waiting calls to ready agents until one side runs out; an agent that refuses the reservation is dropped.</summary>
    private async Task RouteAsync()
    {
        var configuration = Require();
        while (S.Waiting.Count > 0 && _ready.Count > 0)
        {
            var call = S.Waiting[0];
            var routed = false;
            foreach (var candidate in AgentSelector.Rank(_ready.Values.ToList(), configuration.Strategy, configuration.MinimumLevel))
            {
                _ready.Remove(candidate.Extension);
                if (await GrainFactory.GetGrain<IAgentGrain>(candidate.Extension).TryReserveAsync(call.CallId))
                {
                    S.Waiting.RemoveAt(0);
                    S.Offers[call.CallId] = new PendingOffer(call, candidate.Extension, clock.GetUtcNow());
                    LogRouted(logger, call.CallId, Name, candidate.Extension);
                    await GrainFactory.GetGrain<ICallGrain>(call.CallId).OfferedToAgentAsync(Name, candidate.Extension);
                    routed = true;
                    break;
                }
            }

            if (!routed)
            {
                return;
            }
        }
    }

    /// <summary>Ring timeouts go back to the queue (agent not ready), long waits overflow or reach their maximum-wait action.</summary>
    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        if (S.Configuration is not { } configuration)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var changed = false;
        foreach (var (callId, offer) in S.Offers.Where(o => now - o.Value.Since >= configuration.RingTimeout).ToList())
        {
            S.Offers.Remove(callId);
            await GrainFactory.GetGrain<IAgentGrain>(offer.Agent).CallNotAnsweredAsync(callId);
            Insert(offer.Call);
            changed = true;
        }

        foreach (var call in S.Waiting.Where(c => now - c.EnqueuedAt >= configuration.MaxWait).ToList())
        {
            S.Waiting.Remove(call);
            await GrainFactory.GetGrain<ICallGrain>(call.CallId).MaxWaitReachedAsync(Name, configuration.MaxWaitAction);
            changed = true;
        }

        if (configuration.OverflowQueue is { } overflow)
        {
            foreach (var call in S.Waiting.Where(c => now - c.EnqueuedAt >= configuration.OverflowAfter).ToList())
            {
                S.Waiting.Remove(call);
                await GrainFactory.GetGrain<IQueueGrain>(overflow).EnqueueAsync(call);
                changed = true;
            }
        }

        if (changed)
        {
            await RouteAsync();
            await state.WriteStateAsync(cancellationToken);
        }
    }

    private void Insert(QueuedCall call)
    {
        var index = S.Waiting.BinarySearch(call, WaitingCallOrder.Instance);
        S.Waiting.Insert(index < 0 ? ~index : index, call);
    }

    private int? PositionOf(string callId)
    {
        var index = S.Waiting.FindIndex(c => c.CallId == callId);
        return index < 0 ? null : index + 1;
    }

    private QueueConfiguration Require() =>
        S.Configuration ?? throw new InvalidOperationException($"queue '{Name}' is not configured");

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _sweep?.Dispose();
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Call {CallId} in queue {Queue} offered to agent {Agent}")]
    private static partial void LogRouted(ILogger logger, string callId, string queue, string agent);
}
