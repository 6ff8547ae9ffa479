using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Queues;

/// <summary>
/// A queue's live calls and today's counters, kept in memory only: waiting callers are live media on a node, so after
/// a restart there is nobody to route, and the figures of record reach analytics as events.
/// </summary>
internal sealed class QueueActivity
{
    /// <summary>Waiting calls in the order they are served (<see cref="WaitingCallOrder"/>).</summary>
    public List<QueuedCall> Waiting { get; } = [];

    /// <summary>Calls offered to an agent and not yet answered, by call id.</summary>
    public Dictionary<string, PendingOffer> Offers { get; } = new(StringComparer.Ordinal);

    public int Offered { get; set; }

    public int Answered { get; set; }

    public int AnsweredWithinTarget { get; set; }

    public int Abandoned { get; set; }

    /// <summary>The counters when the last snapshot event was written, so an idle queue writes none.</summary>
    public (int Offered, int Answered, int Abandoned) AtLastSnapshot { get; set; }
}
