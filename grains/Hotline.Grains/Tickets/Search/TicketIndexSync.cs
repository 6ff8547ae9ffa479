using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Tickets.Search;

/// <summary>Brings the ticket index up to date at start (rebuilding it if needed), then catches up with the store every poll interval.</summary>
/// <remarks>Polling the history table rather than subscribing to grain events also picks up changes made by other silos and by tools writing the store.</remarks>
public sealed partial class TicketIndexSync(TicketSearchIndex index, IOptions<TicketSearchOptions> options, TimeProvider clock, ILogger<TicketIndexSync> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var start = await index.EnsureCurrentAsync(stoppingToken);
        LogStarted(start.Documents, start.Rebuilt, start.Reason);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                await index.CatchUpAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed poll (store briefly unavailable) must not end the sync; the next poll retries from the same watermark.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                LogPollFailed(failure);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket search index ready: {Documents} tickets (rebuilt: {Rebuilt}, {Reason}).")]
    private partial void LogStarted(int documents, bool rebuilt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ticket search index poll failed; retrying at the next interval.")]
    private partial void LogPollFailed(Exception failure);
}
