using Hotline.Portal.Hosting;

namespace Hotline.Portal.People;

/// <summary>Starts the monthly review drafting once the host has started (which registers its reminder).</summary>
public sealed partial class ReviewDraftScheduleStarter(IGrainFactory grains, IHostApplicationLifetime lifetime, ILogger<ReviewDraftScheduleStarter> logger)
    : BackgroundService
{
    /// <summary>The key of the one drafting grain.</summary>
    public const string GrainKey = "default";

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await ScheduleWakeUp.HostStartedAsync(lifetime, stoppingToken);
        try
        {
            await grains.GetGrain<IReviewDraftScheduleGrain>(GrainKey).StartAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Review drafting could not be started: {Reason}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string reason);
}
