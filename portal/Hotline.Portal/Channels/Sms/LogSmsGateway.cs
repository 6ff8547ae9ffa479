namespace Hotline.Portal.Channels.Sms;

/// <summary>The default gateway: writes each outgoing text to the log instead of a carrier, until a real gateway is configured.</summary>
public sealed partial class LogSmsGateway(ILogger<LogSmsGateway> logger) : ISmsGateway
{
    /// <inheritdoc/>
    public Task SendAsync(string phone, string text, CancellationToken cancellationToken)
    {
        LogSms(phone, text);
        return Task.CompletedTask;
    }

    [LoggerMessage(LogLevel.Information, "SMS to {Phone}: {Text}")]
    private partial void LogSms(string phone, string text);
}
