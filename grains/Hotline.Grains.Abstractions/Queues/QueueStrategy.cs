namespace Hotline.Grains.Abstractions.Queues;

/// <summary>How a queue picks among the ready agents who have the skill.</summary>
[GenerateSerializer]
public enum QueueStrategy
{
    /// <summary>The agent who has waited longest since their last call (fairness).</summary>
    LongestIdle,

    /// <summary>The agent with the lowest occupancy today (load levelling).</summary>
    LeastOccupied,
}
