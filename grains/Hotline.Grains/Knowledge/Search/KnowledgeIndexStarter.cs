using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Knowledge.Search;

/// <summary>Brings the knowledge index up to date in the background at start, so the first desk search does not wait for a rebuild;
/// register it after the knowledge store's initializer.</summary>
public sealed partial class KnowledgeIndexStarter(KnowledgeSearch search, ILogger<KnowledgeIndexStarter> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var start = await search.EnsureCurrentAsync(stoppingToken);
            LogReady(start.Articles, start.Rebuilt, start.Reason);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // A failed start is retried by the first search (EnsureCurrentAsync runs until it succeeds once).
        catch (Exception failure)
#pragma warning restore CA1031
        {
            LogFailed(failure);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge search index ready: {Articles} articles (rebuilt: {Rebuilt}, {Reason}).")]
    private partial void LogReady(int articles, bool rebuilt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge search index could not be brought up to date at start; the first search retries.")]
    private partial void LogFailed(Exception failure);
}
