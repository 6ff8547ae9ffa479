using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Portal.Qa;

/// <summary>Brings the employee archive up to date with finished QA reviews at start and then every few minutes, so a result whose
/// immediate write failed (or that changed through an appeal) still reaches the archive.</summary>
public sealed partial class QaArchiveSync(QaArchiveFeed feed, TimeProvider clock, ILogger<QaArchiveSync> logger) : BackgroundService
{
    /// <summary>How often the archive is brought up to date.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(10);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        do
        {
            try
            {
                var recorded = await feed.CatchUpAsync(stoppingToken);
                LogCaughtUp(recorded);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The store may be starting or briefly away; the next period tries again.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                LogFailed(failure);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "QA results in the employee archive: {Recorded} finished reviews recorded.")]
    private partial void LogCaughtUp(int recorded);

    [LoggerMessage(Level = LogLevel.Warning, Message = "QA results could not be put into the employee archive; trying again in the next period.")]
    private partial void LogFailed(Exception failure);
}
