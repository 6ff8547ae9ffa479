using Microsoft.Extensions.Options;

namespace Hotline.Portal.Channels.Handoffs;

/// <summary>The hosted service that creates the deliveries table at start, then queues new handoff results every scan interval.</summary>
public sealed class HandoffScanService(
    HandoffDeliveryStore deliveries,
    HandoffResultScanner scanner,
    IOptions<HandoffResultOptions> options,
    TimeProvider clock,
    ILogger<HandoffScanService> logger) : ChannelPassService(clock, logger)
{
    protected override TimeSpan Interval => options.Value.ScanInterval;

    // The table exists before the sender (registered after this service) starts its first pass.
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await deliveries.EnsureSchemaAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override Task RunPassAsync(CancellationToken cancellationToken) => scanner.ScanAsync(cancellationToken);
}
