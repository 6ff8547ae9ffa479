namespace Hotline.Portal.Channels;

/// <summary>Runs one kind of outbound-channel pass (scan for news, or send what is due) every interval until the host stops; a failed pass is logged and retried next interval.</summary>
public abstract partial class ChannelPassService(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The wait between passes.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass.</summary>
    protected abstract Task RunPassAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunPassAsync(stoppingToken);
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A store or network outage must not end the channel; the rows wait in the table for the next pass.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogPassFailed(logger, GetType().Name, ex);
                try
                {
                    await Task.Delay(Interval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Service}: pass failed, retrying next interval")]
    private static partial void LogPassFailed(ILogger logger, string service, Exception ex);
}
