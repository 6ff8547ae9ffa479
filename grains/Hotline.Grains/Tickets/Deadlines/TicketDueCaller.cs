using Hotline.Grains.Abstractions.Tickets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hotline.Grains.Tickets.Deadlines;

/// <summary>Calls one action on a page of tickets, a few at a time, and counts the tickets the action changed (their version moved).</summary>
public sealed partial class TicketDueCaller(IGrainFactory grains, IOptions<TicketSweepOptions> options, ILogger<TicketDueCaller> logger)
{
    /// <summary>Runs <paramref name="action"/> on each ticket (number, version when read); returns how many it changed.</summary>
    public async Task<int> CallAsync(IReadOnlyList<(string Number, int Version)> tickets, string actionName, Func<ITicketGrain, Task<TicketSnapshot>> action)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        ArgumentNullException.ThrowIfNull(action);
        var acted = 0;
        foreach (var chunk in tickets.Chunk(Math.Max(1, options.Value.Parallelism)))
        {
            var results = await Task.WhenAll(chunk.Select(t => CallOneAsync(t.Number, t.Version, actionName, action)));
            acted += results.Count(changed => changed);
        }
        return acted;
    }

    private async Task<bool> CallOneAsync(string number, int version, string actionName, Func<ITicketGrain, Task<TicketSnapshot>> action)
    {
        try
        {
            var after = await action(grains.GetGrain<ITicketGrain>(number));
            return after.Version > version;
        }
        catch (Exception ex) when (ex is TicketWorkflowException or TicketNotFoundException)
        {
            // The ticket moved on (replied, merged …) between the query and the call: nothing is due any more.
            LogSkipped(logger, actionName, number, ex.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ticket sweep: {Action} skipped for {Number}: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string action, string number, string reason);
}
