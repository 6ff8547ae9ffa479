using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Queues;

/// <summary>Orders a queue's ready agents for a call: skilled enough, then by the queue's strategy.</summary>
public static class AgentSelector
{
    /// <summary>The candidates to try, best first; agents below the minimum level are left out.</summary>
    public static IEnumerable<AgentCandidate> Rank(IEnumerable<AgentCandidate> candidates, QueueStrategy strategy, int minimumLevel)
    {
        var eligible = candidates.Where(c => c.Level >= minimumLevel);
        // Ties go to the more skilled agent, then to the extension, so the order is stable and testable.
        return strategy switch
        {
            QueueStrategy.LeastOccupied => eligible.OrderBy(c => c.Occupancy).ThenBy(c => c.IdleSince).ThenByDescending(c => c.Level).ThenBy(c => c.Extension, StringComparer.Ordinal),
            _ => eligible.OrderBy(c => c.IdleSince).ThenByDescending(c => c.Level).ThenBy(c => c.Extension, StringComparer.Ordinal),
        };
    }
}
