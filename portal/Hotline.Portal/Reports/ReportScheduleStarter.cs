using Hotline.Portal.Hosting;

namespace Hotline.Portal.Reports;

/// <summary>Hands the configured schedules to the report schedule grain once the host has started (which registers its reminder).</summary>
public sealed partial class ReportScheduleStarter(IGrainFactory grains, ReportSchedulingOptions options, IHostApplicationLifetime lifetime, ILogger<ReportScheduleStarter> logger)
    : BackgroundService
{
    /// <summary>The key of the one schedule grain.</summary>
    public const string GrainKey = "default";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await ScheduleWakeUp.HostStartedAsync(lifetime, stoppingToken);
        try
        {
            await grains.GetGrain<IReportScheduleGrain>(GrainKey).ConfigureAsync([.. options.Schedules]);
            LogConfigured(logger, options.Schedules.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report schedule: {Count} schedule(s) configured")]
    private static partial void LogConfigured(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Report schedule could not be configured: {Reason}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string reason);
}
