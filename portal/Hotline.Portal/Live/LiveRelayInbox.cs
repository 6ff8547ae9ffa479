namespace Hotline.Portal.Live;

/// <summary>
/// This silo's observer on the live relay: other silos' keys go to the hub, which re-reads the grains as for local changes,
/// and their ticket alerts to <see cref="LiveTicketAlerts"/>. Nothing received is relayed again.
/// </summary>
public sealed class LiveRelayInbox(LiveContactCentre hub, LiveTicketAlerts alerts) : ILiveRelayObserver
{
    private long _received;

    /// <summary>Batches received from other silos since start (the relay's health, and what the tests watch).</summary>
    public long Received => Interlocked.Read(ref _received);

    public Task ReceiveAsync(LiveRelayBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Interlocked.Increment(ref _received);
        foreach (var key in batch.Keys)
        {
            hub.Signal(key.ToSignal());
        }

        foreach (var alert in batch.Alerts)
        {
            alerts.Show(alert);
        }

        return Task.CompletedTask;
    }
}
