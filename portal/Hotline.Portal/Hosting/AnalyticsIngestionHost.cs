using Hotline.Analytics.Ingestion;
using Hotline.Grains.Abstractions.Events;
using Hotline.Portal.Configuration;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Hosting;

/// <summary>Runs the outbox consumer once the analytics engine is open and the operational store's schema exists.</summary>
/// <remarks>Events wait durably in the outbox meanwhile (and while the engine is down), so nothing is lost by starting late.</remarks>
public sealed partial class AnalyticsIngestionHost(
    AnalyticsEngineHost analytics,
    OperationalStoreState store,
    IEventOutboxReader outbox,
    IOptions<HotlineOptions> options,
    TimeProvider clock,
    ILogger<AnalyticsIngestionHost> logger,
    ILogger<OutboxConsumer> consumerLogger) : BackgroundService
{
    private static readonly TimeSpan StoreWait = TimeSpan.FromMilliseconds(200);

    /// <summary>The running consumer (null until the engine and the store are ready).</summary>
    public OutboxConsumer? Consumer { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Analytics.Engines.IAnalyticsEngine engine;
        try
        {
            engine = await analytics.WhenOpenAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
#pragma warning disable CA1031 // The engine host already reports why it failed; ingestion just does not start.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogNoEngine(logger, ex.Message);
            return;
        }

        while (!store.IsReady)
        {
            try
            {
                await Task.Delay(StoreWait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var settings = options.Value.Analytics;
        Consumer = new OutboxConsumer(outbox, engine, settings.Database, settings.Ingestion, clock, consumerLogger);
        LogStarted(logger, settings.Database, settings.Ingestion.MinBatchRows, settings.Ingestion.MaxBatchAge.TotalSeconds);
        await Consumer.RunAsync(stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics ingestion started into {Database} (batches of {Rows} rows or {Seconds} s)")]
    private static partial void LogStarted(ILogger logger, string database, int rows, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analytics ingestion not started: the engine did not open ({Reason}); events stay in the outbox")]
    private static partial void LogNoEngine(ILogger logger, string reason);
}
