using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Grains.Queues;

/// <summary>The order waiting calls are served in: higher priority first, then first come first served.</summary>
public sealed class WaitingCallOrder : IComparer<QueuedCall>
{
    public static WaitingCallOrder Instance { get; } = new();

    public int Compare(QueuedCall? x, QueuedCall? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var byPriority = y.Priority.CompareTo(x.Priority);
        if (byPriority != 0)
        {
            return byPriority;
        }

        var byTime = x.EnqueuedAt.CompareTo(y.EnqueuedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(x.CallId, y.CallId);
    }
}
