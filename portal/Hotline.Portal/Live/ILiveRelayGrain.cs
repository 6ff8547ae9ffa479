namespace Hotline.Portal.Live;

/// <summary>The cluster's meeting point for live changes (one grain, key 0): each silo joins with its observer, and a batch one silo publishes reaches all the others.</summary>
public interface ILiveRelayGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or renews <paramref name="silo"/>'s observer; one not renewed within <see cref="LiveRelayGrain.Expiry"/> is dropped.</summary>
    Task JoinAsync(SiloAddress silo, ILiveRelayObserver observer);

    /// <summary>Hands <paramref name="batch"/> to every other silo's observer; publishing renews the sender too (a restarted relay learns it at once).</summary>
    Task PublishAsync(SiloAddress from, ILiveRelayObserver observer, LiveRelayBatch batch);

    /// <summary>The silos whose observers the relay holds now.</summary>
    Task<IReadOnlyList<SiloAddress>> MembersAsync();
}
