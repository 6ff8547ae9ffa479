using Microsoft.Extensions.Options;

namespace Hotline.Portal.Channels.Sms.Notifications;

/// <summary>The hosted service that creates the texts table at start, then queues texts for new ticket steps every scan interval.</summary>
public sealed class SmsNotificationScanService(
    SmsNotificationStore notifications,
    SmsNotificationScanner scanner,
    IOptionsMonitor<SmsNotificationOptions> options,
    TimeProvider clock,
    ILogger<SmsNotificationScanService> logger) : ChannelPassService(clock, logger)
{
    protected override TimeSpan Interval => options.CurrentValue.ScanInterval;

    // The table exists before the sender (registered after this service) starts its first pass.
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await notifications.EnsureSchemaAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override Task RunPassAsync(CancellationToken cancellationToken) => scanner.ScanAsync(cancellationToken);
}
