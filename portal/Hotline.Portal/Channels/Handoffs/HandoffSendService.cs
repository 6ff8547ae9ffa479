using Microsoft.Extensions.Options;

namespace Hotline.Portal.Channels.Handoffs;

/// <summary>The hosted service that posts due handoff results every send interval.</summary>
public sealed class HandoffSendService(
    HandoffResultSender sender,
    IOptions<HandoffResultOptions> options,
    TimeProvider clock,
    ILogger<HandoffSendService> logger) : ChannelPassService(clock, logger)
{
    protected override TimeSpan Interval => options.Value.SendInterval;

    protected override Task RunPassAsync(CancellationToken cancellationToken) => sender.SendDueAsync(cancellationToken);
}
