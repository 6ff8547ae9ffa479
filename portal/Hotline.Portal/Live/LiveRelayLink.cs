namespace Hotline.Portal.Live;

/// <summary>
/// Connects this silo's live view to the other silos' through <see cref="ILiveRelayGrain"/>: while the cluster has other
/// active silos it opens the <see cref="LiveRelayOutbox"/>, sends what collected there once per <see cref="Window"/> (one
/// grain call per window, none when nothing changed) and renews its <see cref="LiveRelayInbox"/>'s membership every
/// <see cref="Renewal"/>. Alone, it closes the outbox and makes no relay calls at all.
/// </summary>
public sealed partial class LiveRelayLink(
    IGrainFactory grains,
    IClusterMembershipService membership,
    ILocalSiloDetails silo,
    LiveRelayOutbox outbox,
    LiveRelayInbox inbox,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<LiveRelayLink> logger) : BackgroundService
{
    /// <summary>How long changes collect before they are sent: a screen is at most this much later than on the grain's own silo.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(100);

    /// <summary>How often a silo renews its membership of the relay (publishing renews it too).</summary>
    public static readonly TimeSpan Renewal = TimeSpan.FromSeconds(15);

    private long _published;
    private volatile bool _renewNow;

    /// <summary>Whether other silos are active, so this silo's changes are collected and relayed.</summary>
    public bool Relaying => outbox.Open;

    /// <summary>Batches this silo has published since start.</summary>
    public long Published => Interlocked.Read(ref _published);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The observer reference and the relay need a running silo; hosted services may start before it.
        if (!await StartedAsync(stoppingToken))
        {
            return;
        }

        var reference = grains.CreateObjectReference<ILiveRelayObserver>(inbox);
        try
        {
            var watching = Task.Run(() => WatchMembershipAsync(stoppingToken), stoppingToken);
            await SendAsync(reference, stoppingToken);
            await watching;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            outbox.Open = false;
            grains.DeleteObjectReference<ILiveRelayObserver>(inbox);
        }
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetResult());
        await started.Task;
        return !stoppingToken.IsCancellationRequested;
    }

    private async Task WatchMembershipAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
            {
                var others = snapshot.Members.Values.Any(m => m.Status == SiloStatus.Active && !m.SiloAddress.Equals(silo.SiloAddress));
                if (others && !outbox.Open)
                {
                    LogPeers(logger);
                    _renewNow = true;
                }

                outbox.Open = others;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SendAsync(ILiveRelayObserver reference, CancellationToken stoppingToken)
    {
        var relay = grains.GetGrain<ILiveRelayGrain>(0);
        var renewAt = DateTimeOffset.MinValue;
        var failing = false;
        using var timer = new PeriodicTimer(Window, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!outbox.Open)
            {
                continue;
            }

            var now = clock.GetUtcNow();
            var batch = outbox.Take();
            try
            {
                if (batch is not null)
                {
                    await relay.PublishAsync(silo.SiloAddress, reference, batch);
                    Interlocked.Increment(ref _published);
                    renewAt = now + Renewal;
                }
                else if (_renewNow || now >= renewAt)
                {
                    await relay.JoinAsync(silo.SiloAddress, reference);
                    renewAt = now + Renewal;
                }

                _renewNow = false;
                if (failing)
                {
                    failing = false;
                    LogRecovered(logger);
                }
            }
#pragma warning disable CA1031 // A relay that cannot be reached now (its silo just left) is tried again next window; the lost window's changes show with the next ones.
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                // Logged once per outage, not once per window.
                if (!failing)
                {
                    failing = true;
                    LogFailed(logger, ex);
                }

                _renewNow = true;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live relay: other silos are active; this silo's live changes are relayed to them")]
    private static partial void LogPeers(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live relay unreachable; other silos' screens miss this silo's changes until it answers again")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live relay reachable again")]
    private static partial void LogRecovered(ILogger logger);
}
