using Microsoft.Extensions.Options;

namespace Hotline.Portal.Channels.Sms.Notifications;

/// <summary>The hosted service that sends due texts every send interval.</summary>
public sealed class SmsNotificationSendService(
    SmsNotificationSender sender,
    IOptionsMonitor<SmsNotificationOptions> options,
    TimeProvider clock,
    ILogger<SmsNotificationSendService> logger) : ChannelPassService(clock, logger)
{
    protected override TimeSpan Interval => options.CurrentValue.SendInterval;

    protected override Task RunPassAsync(CancellationToken cancellationToken) => sender.SendDueAsync(cancellationToken);
}
