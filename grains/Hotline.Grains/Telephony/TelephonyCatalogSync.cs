using Hotline.Grains.Telephony.Store;
using Hotline.Telephony.Ivr;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Telephony;

/// <summary>
/// Keeps this silo's IVR catalog and service-number table in step with the operational store, so a flow or number changed
/// through any silo reaches every silo without a restart.
/// </summary>
/// <remarks>
/// Why a polled change counter rather than a notification grain with observers: the store is already the truth every silo reads
/// at start, a one-row read every few seconds costs nothing, and polling needs no re-subscription when the silo hosting a grain
/// goes away or an observer reference lapses, so a missed notification cannot leave a silo running stale flows for good.
/// A change takes at most one poll interval to reach the other silos; the silo that made it refreshes at once.
/// </remarks>
public sealed partial class TelephonyCatalogSync(
    IDbContextFactory<TelephonyDbContext> contexts,
    ServiceNumberStore numbers,
    IvrFlowStore flows,
    ServiceNumberTable table,
    IvrFlowCatalog catalog,
    TimeProvider clock,
    ILogger<TelephonyCatalogSync> logger) : BackgroundService
{
    /// <summary>How often the change counter is read when nothing else asks for a refresh.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private long? _seen;

    /// <summary>The poll interval (set before the service starts).</summary>
    public TimeSpan PollInterval { get; set; } = DefaultPollInterval;

    /// <summary>The change counter this silo's catalog and table reflect; null before the first refresh.</summary>
    public long? SeenVersion => _seen;

    /// <summary>Reloads numbers and flows when the store's change counter moved since the last refresh; true when it reloaded.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            // The counter is read before the rows: a change committed in between is loaded now and loaded again next time, never missed.
            var version = await TelephonyChangeCounter.ReadAsync(db, cancellationToken);
            if (version == _seen)
                return false;
            var stored = await flows.LatestAsync(cancellationToken);
            foreach (var flow in stored)
            {
                var result = catalog.Put(flow.Name, flow.Flow);
                if (!result.IsValid)
                    LogInvalidFlow(logger, flow.Name, flow.Flow.Version, string.Join("; ", result.Errors.Take(3)));
            }

            table.Load(await numbers.ListAsync(cancellationToken));
            _seen = version;
            return true;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RefreshAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The store may be briefly unreachable; the silo keeps its last good catalog and tries again next tick.
                    LogRefreshFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override void Dispose()
    {
        _refreshing.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Stored IVR flow {Name} version {Version} does not validate and is not used: {Errors}")]
    private static partial void LogInvalidFlow(ILogger logger, string name, int version, string errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telephony catalog refresh from the store failed; keeping the current flows and numbers")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
