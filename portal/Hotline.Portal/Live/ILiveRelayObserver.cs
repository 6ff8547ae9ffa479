using Orleans.Concurrency;

namespace Hotline.Portal.Live;

/// <summary>A silo's ear on the live relay: the batches other silos published.</summary>
public interface ILiveRelayObserver : IGrainObserver
{
    /// <summary>Another silo's window of changes; one-way, so the relay never waits on a slow or departed silo.</summary>
    [OneWay]
    Task ReceiveAsync(LiveRelayBatch batch);
}
