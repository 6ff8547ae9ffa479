using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Queues;

/// <summary>
/// The ACD for one queue: waiting calls in priority order, the ready agents with the queue's skill, and routing
/// whenever either side changes. A sweep each second applies ring timeouts, overflow and maximum wait. Only the
/// configuration is stored; calls, offers and ready agents live in the activation, which rebuilds its ready agents
/// from the skill's roster when it starts (after a restart, or on another silo when its silo is gone).
/// </summary>
public sealed partial class QueueGrain(
    [PersistentState("queue", GrainStorage.Main)] IPersistentState<QueueConfigurationState> stored,
    TimeProvider clock,
    IServiceProvider services,
    ILogger<QueueGrain> logger) : Grain, IQueueGrain
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan DiscoveryTimeout = TimeSpan.FromSeconds(5);
    private readonly Dictionary<string, AgentCandidate> _ready = new(StringComparer.Ordinal);
    private readonly QueueActivity _activity = new();
    private readonly IEventOutbox? _outbox = services.GetService<IEventOutbox>();
    private IGrainTimer? _sweep;

    // Waiting calls live only in this activation; calls compare it to learn whether a new activation lost them.
    private readonly Guid _incarnation = Guid.NewGuid();

    private QueueActivity S => _activity;

    private string Name => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // The sweep also keeps the queue alive: its waiting calls and ready agents exist only in this activation.
        _sweep = this.RegisterGrainTimer(SweepAsync, new GrainTimerCreationOptions(SweepInterval, SweepInterval) { Interleave = false, KeepAlive = true });
        if (stored.State.Configuration is { } configured)
        {
            StartSnapshots(configured.SnapshotEvery);
            await FindReadyAgentsAsync(configured.Skill);
        }
    }

    public async Task ConfigureAsync(QueueConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Validate(Name, configuration);
        var previousSkill = stored.State.Configuration?.Skill;
        stored.State.Configuration = configuration;
        await stored.WriteStateAsync();
        await GrainFactory.GetGrain<IQueueDirectoryGrain>(0).RegisterAsync(Name, configuration.Skill);
        StartSnapshots(configuration.SnapshotEvery);
        if (previousSkill != configuration.Skill)
        {
            // Agents announce themselves only when their state changes: ask the ones already ready.
            _ready.Clear();
            await FindReadyAgentsAsync(configuration.Skill);
            await RouteAsync();
        }
    }

    public async Task<int> RetireAsync(string actor)
    {
        // Checked and cleared in one turn of this grain, so no call can slip in between.
        var held = S.Waiting.Count + S.Offers.Count;
        if (held > 0 || stored.State.Configuration is null)
        {
            return held;
        }

        await stored.ClearStateAsync();
        stored.State.Configuration = null;
        await GrainFactory.GetGrain<IQueueDirectoryGrain>(0).UnregisterAsync(Name);
        _ready.Clear();
        StartSnapshots(TimeSpan.Zero);
        LogRetired(logger, Name, actor);
        return 0;
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
        await GrainFactory.GetGrain<ICallGrain>(queuedCall.CallId).QueuedAsync(Name, _incarnation);
        await RouteAsync();
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
        }
    }

    public async Task RequeueAsync(string callId)
    {
        if (S.Offers.Remove(callId, out var offer))
        {
            Insert(offer.Call);
            await RouteAsync();
        }
    }

    public Task AnsweredAsync(string callId)
    {
        if (S.Offers.Remove(callId, out var offer))
        {
            S.Answered++;
            if (clock.GetUtcNow() - offer.Call.EnqueuedAt <= Require().ServiceLevelTarget)
            {
                S.AnsweredWithinTarget++;
            }
        }

        return Task.CompletedTask;
    }

    public async Task AgentReadyAsync(AgentCandidate agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        _ready[agent.Extension] = agent;
        if (stored.State.Configuration is not null)
        {
            await RouteAsync();
        }
    }

    public Task AgentUnavailableAsync(string extension)
    {
        _ready.Remove(extension);
        return Task.CompletedTask;
    }

    public Task<int?> PositionOfAsync(string callId) => Task.FromResult(PositionOf(callId));

    public Task<QueueHold> GetHoldAsync(string callId) => Task.FromResult(new QueueHold(PositionOf(callId), _incarnation));

    public Task<QueueSnapshot> GetSnapshotAsync()
    {
        var now = clock.GetUtcNow();
        var longest = S.Waiting.Count == 0 ? TimeSpan.Zero : S.Waiting.Max(c => now - c.EnqueuedAt);
        return Task.FromResult(new QueueSnapshot(Name, S.Waiting.Count, longest, _ready.Count, S.Offered, S.Answered, S.AnsweredWithinTarget, S.Abandoned));
    }

    public Task<QueueConfiguration?> GetConfigurationAsync() => Task.FromResult(stored.State.Configuration);

    /// <summary>
    /// Asks every agent on the skill's roster whether it is ready, in parallel. An agent that does not answer within
    /// <see cref="DiscoveryTimeout"/> (its silo may be going away) is left out: it announces itself on its next change.
    /// </summary>
    private async Task FindReadyAgentsAsync(string skill)
    {
        var members = await GrainFactory.GetGrain<IAgentRosterGrain>(skill).GetMembersAsync();
        var candidates = await Task.WhenAll(members.Select(async member =>
        {
            try
            {
                return await GrainFactory.GetGrain<IAgentGrain>(member).GetCandidateAsync(skill).WaitAsync(DiscoveryTimeout);
            }
            catch (Exception ex) when (ex is TimeoutException or OrleansException)
            {
                LogDiscoveryFailed(logger, member, Name, ex.Message);
                return null;
            }
        }));
        foreach (var candidate in candidates.OfType<AgentCandidate>())
        {
            _ready[candidate.Extension] = candidate;
        }
    }

    public async Task<string?> ReserveAgentForOutboundAsync(string callId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        Require();
        // Callers already waiting come before any call the platform places.
        return S.Waiting.Count > 0 ? null : await ReserveAsync(callId);
    }

    /// <summary>Offers waiting calls to ready agents until one side runs out.</summary>
    private async Task RouteAsync()
    {
        while (S.Waiting.Count > 0 && _ready.Count > 0)
        {
            var call = S.Waiting[0];
            if (await ReserveAsync(call.CallId) is not { } agent)
            {
                return;
            }

            S.Waiting.RemoveAt(0);
            S.Offers[call.CallId] = new PendingOffer(call, agent, clock.GetUtcNow());
            LogRouted(logger, call.CallId, Name, agent);
            await GrainFactory.GetGrain<ICallGrain>(call.CallId).OfferedToAgentAsync(Name, agent);
        }
    }

    /// <summary>Reserves the best ready agent for <paramref name="callId"/>; an agent that refuses the reservation is dropped.</summary>
    private async Task<string?> ReserveAsync(string callId)
    {
        var rules = Require();
        foreach (var candidate in AgentSelector.Rank(_ready.Values.ToList(), rules.Strategy, rules.MinimumLevel))
        {
            _ready.Remove(candidate.Extension);
            if (await GrainFactory.GetGrain<IAgentGrain>(candidate.Extension).TryReserveAsync(callId, rules.Skill, Name, rules.MinimumLevel))
            {
                return candidate.Extension;
            }
        }

        return null;
    }

    /// <summary>Ring timeouts go back to the queue (agent not ready), long waits overflow or reach their maximum-wait action.</summary>
    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        if (stored.State.Configuration is not { } rules)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var changed = false;
        foreach (var (callId, offer) in S.Offers.Where(o => now - o.Value.Since >= rules.RingTimeout).ToList())
        {
            S.Offers.Remove(callId);
            await GrainFactory.GetGrain<IAgentGrain>(offer.Agent).CallNotAnsweredAsync(callId);
            Insert(offer.Call);
            changed = true;
        }

        foreach (var call in S.Waiting.Where(c => now - c.EnqueuedAt >= rules.MaxWait).ToList())
        {
            S.Waiting.Remove(call);
            await GrainFactory.GetGrain<ICallGrain>(call.CallId).MaxWaitReachedAsync(Name, rules.MaxWaitAction);
            changed = true;
        }

        if (rules.OverflowQueue is { } overflow)
        {
            foreach (var call in S.Waiting.Where(c => now - c.EnqueuedAt >= rules.OverflowAfter).ToList())
            {
                S.Waiting.Remove(call);
                await GrainFactory.GetGrain<IQueueGrain>(overflow).EnqueueAsync(call);
                changed = true;
            }
        }

        if (changed)
        {
            await RouteAsync();
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
        stored.State.Configuration ?? throw new InvalidOperationException($"queue '{Name}' is not configured");

    private static void Validate(string name, QueueConfiguration configuration)
    {
        if (configuration.Name != name)
        {
            throw new ArgumentException($"configuration for queue '{configuration.Name}' sent to queue '{name}'", nameof(configuration));
        }

        if (string.IsNullOrWhiteSpace(configuration.Skill))
        {
            throw new ArgumentException($"queue '{name}': the skill is empty", nameof(configuration));
        }

        if (configuration.MinimumLevel is < 1 or > 10)
        {
            throw new ArgumentException($"queue '{name}': minimum level {configuration.MinimumLevel} is outside 1–10", nameof(configuration));
        }

        if (configuration.OverflowQueue == name)
        {
            throw new ArgumentException($"queue '{name}' cannot overflow into itself", nameof(configuration));
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _sweep?.Dispose();
        _snapshots?.Dispose();
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agent {Agent} did not say whether it is ready for queue {Queue}: {Reason}")]
    private static partial void LogDiscoveryFailed(ILogger logger, string agent, string queue, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue {Queue} retired by {Actor}")]
    private static partial void LogRetired(ILogger logger, string queue, string actor);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Call {CallId} in queue {Queue} offered to agent {Agent}")]
    private static partial void LogRouted(ILogger logger, string callId, string queue, string agent);
}
