using Hotline.Portal.Configuration;
using Hotline.Portal.Hosting;
using Hotline.Qa.Hosting;
using Hotline.Qa.Work;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Qa;

/// <summary>Loads the newest quality model, then feeds every recorded call's CDR from the analytics store into the QA queue until the host stops.</summary>
/// <remarks>Runs only in the platform process (it owns the embedded analytics engine); worker processes just consume the queue.</remarks>
public sealed partial class QaFeedService(QaPipeline pipeline, AnalyticsEngineHost analytics, IOptions<HotlineOptions> options, TimeProvider clock,
    ILogger<QaFeedService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await pipeline.Model.LoadAsync(stoppingToken);
        }
        catch (InvalidDataException ex)
        {
            LogModelUnreadable(logger, ex.Message);
        }

        var feed = new RecordedCallFeed(analytics.WhenOpenAsync, options.Value.Analytics.Database, pipeline.Journal,
            Path.Combine(pipeline.DataDir, "qa", "queue", "feed-cursor.txt"), clock);
        var pause = TimeSpan.FromSeconds(Math.Max(0.1, pipeline.Settings.FeedSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var added = await feed.PollAsync(stoppingToken);
                if (added > 0)
                    LogQueued(logger, added);
                await Task.Delay(pause, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The engine may be down or still opening; the CDRs wait in the store and the next poll reads them.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogPollFailed(logger, ex.Message);
                try
                {
                    await Task.Delay(pause * 6, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "QA: {Count} recorded call(s) queued for transcription and scoring")]
    private static partial void LogQueued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "QA: reading new call records failed ({Reason}); retrying")]
    private static partial void LogPollFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "QA: the saved quality model could not be loaded ({Reason}); scoring runs on rules alone until it is retrained")]
    private static partial void LogModelUnreadable(ILogger logger, string reason);
}
