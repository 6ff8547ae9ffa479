using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Queues;

namespace Hotline.Grains.Tests;

[Trait("Category", "Unit")]
public sealed class AgentSelectorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static readonly AgentCandidate[] Agents =
    [
        new("8001", Level: 5, IdleSince: T0.AddMinutes(5), Occupancy: 0.9),
        new("8002", Level: 2, IdleSince: T0, Occupancy: 0.1),
        new("8003", Level: 7, IdleSince: T0.AddMinutes(1), Occupancy: 0.5),
    ];

    [Fact]
    public void Longest_idle_orders_by_idle_time_among_the_skilled()
    {
        Assert.Equal(["8003", "8001"], AgentSelector.Rank(Agents, QueueStrategy.LongestIdle, minimumLevel: 3).Select(a => a.Extension));
        Assert.Equal(["8002", "8003", "8001"], AgentSelector.Rank(Agents, QueueStrategy.LongestIdle, minimumLevel: 1).Select(a => a.Extension));
    }

    [Fact]
    public void Least_occupied_orders_by_occupancy()
    {
        Assert.Equal(["8002", "8003", "8001"], AgentSelector.Rank(Agents, QueueStrategy.LeastOccupied, minimumLevel: 1).Select(a => a.Extension));
    }

    [Fact]
    public void Waiting_calls_are_ordered_by_priority_then_arrival()
    {
        var calls = new List<QueuedCall>
        {
            new("late-vip", "1", 5, T0.AddSeconds(30)),
            new("early", "2", 0, T0),
            new("early-vip", "3", 5, T0.AddSeconds(10)),
        };

        calls.Sort(WaitingCallOrder.Instance);

        Assert.Equal(["early-vip", "late-vip", "early"], calls.Select(c => c.CallId));
    }
}
