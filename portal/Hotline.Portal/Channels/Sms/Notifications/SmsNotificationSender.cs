using Microsoft.Extensions.Options;

namespace Hotline.Portal.Channels.Sms.Notifications;

/// <summary>Sends due texts through the SMS gateway and records each attempt, retrying with exponential back-off.</summary>
public sealed partial class SmsNotificationSender(
    SmsNotificationStore notifications,
    ISmsGateway gateway,
    IOptionsMonitor<SmsNotificationOptions> options,
    TimeProvider clock,
    ILogger<SmsNotificationSender> logger)
{
    private const int BatchSize = 100;

    // A text being sent is not picked up by another sender for this long; a crash mid-send retries it after.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Sends every text due now (one batch); returns how many the gateway took.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var sent = 0;
        foreach (var notification in await notifications.DueAsync(now, BatchSize, cancellationToken))
        {
            if (!await notifications.TryClaimAsync(notification, now + (long)Lease.TotalMilliseconds, cancellationToken))
                continue;
            var error = await SendAsync(notification, cancellationToken);
            var attempts = notification.Attempts + 1;
            var at = clock.GetUtcNow().ToUnixTimeMilliseconds();
            if (error is null)
            {
                await notifications.RecordAttemptAsync(notification, attempts, null, at, null, cancellationToken);
                sent++;
                continue;
            }

            long? next = attempts >= settings.MaxAttempts ? null : at + (long)RetryBackOff.Delay(attempts, settings.FirstRetryDelay, settings.MaxRetryDelay).TotalMilliseconds;
            LogFailed(logger, notification.Kind, notification.TicketNumber, attempts, error);
            await notifications.RecordAttemptAsync(notification, attempts, next, null, error, cancellationToken);
        }

        return sent;
    }

    // Null when the gateway took the text, else what it said went wrong.
    private async Task<string?> SendAsync(SmsNotification notification, CancellationToken cancellationToken)
    {
        try
        {
            await gateway.SendAsync(notification.Phone, notification.Text, cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidOperationException or TimeoutException
                                   || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return $"the SMS gateway refused the {notification.Kind} text of ticket {notification.TicketNumber} to {notification.Phone}: {ex.Message}";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS {Kind} of ticket {Number}: attempt {Attempts} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string kind, string number, int attempts, string error);
}
