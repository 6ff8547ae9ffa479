using Orleans.Utilities;

namespace Hotline.Portal.Live;

/// <summary>
/// Fans each silo's live changes out to the other silos' hubs (<see cref="ILiveRelayGrain"/>).
/// </summary>
/// <remarks>
/// Why a relay grain with grain observers and not Orleans' BroadcastChannel: a broadcast channel delivers to the implicit
/// subscriber grains of a channel id — one activation per grain type and key, living on one silo — not to a service on
/// every silo, so each silo would still need its own channel key and the publisher would have to know every silo's key,
/// which is the membership this grain keeps anyway. Observers reach the <see cref="LiveRelayInbox"/> object on each silo
/// directly. Members are keyed by silo address: a silo the cluster declares gone is dropped at once (checked on every
/// join, publish and a timer), one that stops renewing expires after <see cref="Expiry"/>, and one whose delivery fails
/// is dropped by the observer manager. The relay keeps nothing in storage: after a restart the silos' next publish or
/// renewal re-joins them.
/// </remarks>
public sealed partial class LiveRelayGrain : Grain, ILiveRelayGrain
{
    /// <summary>Three missed renewals (<see cref="LiveRelayLink.Renewal"/>) and a silo's observer is dropped.</summary>
    public static readonly TimeSpan Expiry = LiveRelayLink.Renewal * 3;

    private static readonly TimeSpan PruneEvery = TimeSpan.FromSeconds(5);

    private readonly ObserverManager<SiloAddress, ILiveRelayObserver> _observers;
    private readonly IClusterMembershipService _membership;
    private readonly ILogger<LiveRelayGrain> _logger;

    public LiveRelayGrain(IClusterMembershipService membership, TimeProvider clock, ILogger<LiveRelayGrain> logger)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _membership = membership ?? throw new ArgumentNullException(nameof(membership));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _observers = new ObserverManager<SiloAddress, ILiveRelayObserver>(Expiry, logger) { GetDateTime = () => clock.GetUtcNow().UtcDateTime };
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Departed silos are forgotten even when nobody publishes (a cluster shrunk to one silo publishes nothing).
        this.RegisterGrainTimer(Prune, new GrainTimerCreationOptions(PruneEvery, PruneEvery) { KeepAlive = false });
        return Task.CompletedTask;
    }

    public Task JoinAsync(SiloAddress silo, ILiveRelayObserver observer)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(observer);
        if (!_observers.Observers.ContainsKey(silo))
        {
            LogJoined(_logger, silo);
        }

        _observers.Subscribe(silo, observer);
        ForgetDeparted();
        return Task.CompletedTask;
    }

    public async Task PublishAsync(SiloAddress from, ILiveRelayObserver observer, LiveRelayBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await JoinAsync(from, observer);
        // One-way calls: this completes once the messages are on their way to the other silos.
        await _observers.Notify(other => other.ReceiveAsync(batch), other => !other.Equals(observer));
    }

    public Task<IReadOnlyList<SiloAddress>> MembersAsync() => Task.FromResult<IReadOnlyList<SiloAddress>>([.. _observers.Observers.Keys]);

    private Task Prune()
    {
        ForgetDeparted();
        _observers.ClearExpired();
        return Task.CompletedTask;
    }

    private void ForgetDeparted()
    {
        var members = _membership.CurrentSnapshot;
        foreach (var silo in _observers.Observers.Keys)
        {
            // A silo not yet in this silo's view (None) may just have joined; only one known to be leaving or gone is dropped.
            if (members.GetSiloStatus(silo) is SiloStatus.ShuttingDown or SiloStatus.Stopping or SiloStatus.Dead)
            {
                _observers.Unsubscribe(silo);
                LogForgot(_logger, silo);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live relay: silo {Silo} joined")]
    private static partial void LogJoined(ILogger logger, SiloAddress silo);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live relay: silo {Silo} left the cluster and is forgotten")]
    private static partial void LogForgot(ILogger logger, SiloAddress silo);
}
