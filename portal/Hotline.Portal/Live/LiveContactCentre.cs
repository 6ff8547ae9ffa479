using System.Collections.Concurrent;
using System.Threading.Channels;
using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Portal.Live;

/// <summary>
/// The process's live view of the contact centre, pushed to every circuit: agents' and queues' latest snapshots and the calls
/// in progress. <see cref="LiveGrainCallFilter"/> reports what this silo's grains were told and <see cref="LiveRelayInbox"/>
/// what other silos' grains were; the hub reads the new state once and raises <see cref="Changed"/>. <see cref="Ticked"/> beats once a second while anyone listens, for the clocks on screen.
/// </summary>
public sealed partial class LiveContactCentre(IGrainFactory grains, TimeProvider clock, ILogger<LiveContactCentre> logger) : BackgroundService
{
    private static readonly TimeSpan EndedCallsKept = TimeSpan.FromMinutes(30);

    private readonly Channel<LiveSignal> _signals = Channel.CreateUnbounded<LiveSignal>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, AgentSnapshot> _agents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (QueueSnapshot Snapshot, DateTimeOffset At)> _queueTimes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LiveCall> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _ended = new(StringComparer.Ordinal);

    /// <summary>Something changed; handlers run on the hub's thread and must hand work to their own context (InvokeAsync).</summary>
    public event Action<LiveChange>? Changed;

    /// <summary>Once a second while there are handlers: time in state and waiting times move on screen.</summary>
    public event Action<DateTimeOffset>? Ticked;

    /// <summary>Takes a report from the grain call filter; never blocks the grain.</summary>
    internal void Signal(LiveSignal signal) => _signals.Writer.TryWrite(signal);

    /// <summary>The call the hub knows by id (offered, ringing, talking, or ended within the last half hour).</summary>
    public LiveCall? Call(string? callId) => callId is not null && _calls.TryGetValue(callId, out var call) ? call : null;

    /// <summary>The newest call the hub has seen offered to or placed by <paramref name="extension"/> that has not ended.</summary>
    public LiveCall? CallOf(string extension) =>
        _calls.Values.Where(c => c.Agent == extension && c.Phase != CallPhase.Ended).MaxBy(c => c.ArrivedAt);

    /// <summary>The queue's latest snapshot and when it was read (a waiting caller's wait grows from there).</summary>
    public (QueueSnapshot Snapshot, DateTimeOffset At)? QueueAt(string queue) => _queueTimes.TryGetValue(queue, out var entry) ? entry : null;

    /// <summary>The agent's latest snapshot, read from its grain the first time.</summary>
    public async Task<AgentSnapshot> AgentAsync(string extension)
    {
        if (_agents.TryGetValue(extension, out var known))
        {
            return known;
        }

        var snapshot = await grains.GetGrain<IAgentGrain>(extension).GetSnapshotAsync();
        return _agents.GetOrAdd(extension, snapshot);
    }

    /// <summary>The queue's latest snapshot, read from its grain the first time.</summary>
    public async Task<QueueSnapshot> QueueAsync(string queue)
    {
        if (_queueTimes.TryGetValue(queue, out var known))
        {
            return known.Snapshot;
        }

        return await RefreshQueueAsync(queue);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var ticking = Task.Run(() => TickAsync(stoppingToken), stoppingToken);
        try
        {
            await foreach (var signal in _signals.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await ApplyAsync(signal);
                }
#pragma warning disable CA1031 // A grain that cannot be read now must not stop the live view; the next change reads it again.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogSignalFailed(logger, signal.ToString(), ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await ticking;
    }

    private async Task ApplyAsync(LiveSignal signal)
    {
        switch (signal)
        {
            case LiveSignal.AgentTouched(var extension):
                _agents[extension] = await grains.GetGrain<IAgentGrain>(extension).GetSnapshotAsync();
                Raise(LiveChangeKind.Agent, extension);
                break;
            case LiveSignal.QueueTouched(var queue):
                await RefreshQueueAsync(queue);
                Raise(LiveChangeKind.Queue, queue);
                break;
            case LiveSignal.CallOffered offered:
                _calls[offered.CallId] = new LiveCall(offered.CallId, offered.CallerNumber, offered.CalledNumber, offered.ArrivedAt);
                Raise(LiveChangeKind.Call, offered.CallId);
                break;
            case LiveSignal.CallIvrDone(var callId, var path):
                Update(callId, call => call with { IvrPath = path });
                break;
            case LiveSignal.CallRinging(var callId, var queue, var extension):
                Update(callId, call => call with { Queue = queue, Agent = extension, Phase = CallPhase.RingingAgent });
                Raise(LiveChangeKind.ScreenPop, extension);
                break;
            case LiveSignal.CallTouched(var callId):
                await RefreshCallAsync(callId);
                break;
            case LiveSignal.CallEnded(var callId):
                Update(callId, call => call with { Phase = CallPhase.Ended });
                _ended[callId] = clock.GetUtcNow();
                break;
            case LiveSignal.CallRelayed(var callId):
                await ApplyRelayedCallAsync(callId);
                break;
        }
    }

    // Another silo's call: everything the local signals carry is read from the grain, and the screen pop is raised when the
    // call starts ringing an agent it did not ring before.
    private async Task ApplyRelayedCallAsync(string callId)
    {
        var snapshot = await grains.GetGrain<ICallGrain>(callId).GetSnapshotAsync();
        var known = Call(callId);
        _calls[callId] = new LiveCall(callId, snapshot.CallerNumber, snapshot.CalledNumber, snapshot.ArrivedAt ?? known?.ArrivedAt ?? clock.GetUtcNow())
        {
            IvrPath = snapshot.IvrPath,
            Queue = snapshot.Queue ?? known?.Queue,
            Agent = snapshot.Agent ?? known?.Agent,
            Phase = snapshot.Phase,
        };
        if (snapshot.Phase == CallPhase.Ended)
        {
            _ended.TryAdd(callId, clock.GetUtcNow());
        }

        Raise(LiveChangeKind.Call, callId);
        if (snapshot is { Phase: CallPhase.RingingAgent, Agent: { } agent } && (known?.Phase != CallPhase.RingingAgent || known.Agent != agent))
        {
            Raise(LiveChangeKind.ScreenPop, agent);
        }
    }

    private async Task RefreshCallAsync(string callId)
    {
        var snapshot = await grains.GetGrain<ICallGrain>(callId).GetSnapshotAsync();
        // A placed call (click-to-dial, call-back) was never offered: the hub learns of it here.
        var known = _calls.GetOrAdd(callId, id => new LiveCall(id, "", "", clock.GetUtcNow()));
        _calls[callId] = known with { Phase = snapshot.Phase, Queue = snapshot.Queue ?? known.Queue, Agent = snapshot.Agent ?? known.Agent };
        Raise(LiveChangeKind.Call, callId);
    }

    private async Task<QueueSnapshot> RefreshQueueAsync(string queue)
    {
        var snapshot = await grains.GetGrain<IQueueGrain>(queue).GetSnapshotAsync();
        _queueTimes[queue] = (snapshot, clock.GetUtcNow());
        return snapshot;
    }

    private void Update(string callId, Func<LiveCall, LiveCall> change)
    {
        if (_calls.TryGetValue(callId, out var call))
        {
            _calls[callId] = change(call);
            Raise(LiveChangeKind.Call, callId);
        }
    }

    private async Task TickAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = clock.GetUtcNow();
                Ticked?.Invoke(now);
                foreach (var (callId, endedAt) in _ended)
                {
                    if (now - endedAt > EndedCallsKept && _ended.TryRemove(callId, out _))
                    {
                        _calls.TryRemove(callId, out _);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Raise(LiveChangeKind kind, string key) => Changed?.Invoke(new LiveChange(kind, key));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live view could not apply {Signal}")]
    private static partial void LogSignalFailed(ILogger logger, string signal, Exception exception);
}
