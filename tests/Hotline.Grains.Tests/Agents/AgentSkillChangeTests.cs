using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Agents;

/// <summary>
/// A change of a ready agent's skill levels reaches the queues before the next routing decision: the agent announces its
/// new level, so a raised level makes it eligible and a lowered one sends the next call to someone else.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AgentSkillChangeTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private readonly AcdScenario _acd = new(fixture.Grains);

    [Fact]
    public async Task A_raised_level_makes_a_ready_agent_eligible_for_the_next_call()
    {
        var queue = await _acd.QueueAsync("raise", "raise-skill", c => c with { MinimumLevel = 5 });
        var agent = await _acd.ReadyAgentAsync("8701", "raise-skill", 3);
        await _acd.QueueSeesReadyAsync("raise", 1);

        await agent.ConfigureAsync(_acd.Profile("8701", "raise-skill", 7));
        await queue.EnqueueAsync(_acd.Call("r1"));

        await _acd.RingsWithAsync(agent, "r1");
    }

    [Fact]
    public async Task A_lowered_level_sends_the_next_call_to_another_agent()
    {
        var queue = await _acd.QueueAsync("lower", "lower-skill", c => c with { MinimumLevel = 5 });
        // The first agent has waited longest, so it would get the call at its old level.
        var first = await _acd.ReadyAgentAsync("8702", "lower-skill", 8);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        var second = await _acd.ReadyAgentAsync("8703", "lower-skill", 6);
        await _acd.QueueSeesReadyAsync("lower", 2);

        await first.ConfigureAsync(_acd.Profile("8702", "lower-skill", 2));
        await queue.EnqueueAsync(_acd.Call("l1"));

        await _acd.RingsWithAsync(second, "l1");
        Assert.Equal(AgentStatus.Ready, (await first.GetSnapshotAsync()).Status);
    }

    [Fact]
    public async Task An_agent_below_the_queues_minimum_refuses_a_reservation_from_a_queue_that_still_ranks_its_old_level()
    {
        var agent = await _acd.ReadyAgentAsync("8704", "stale-skill", 2);

        Assert.False(await agent.TryReserveAsync(_acd.Id("s1"), _acd.Id("stale-skill"), _acd.Id("stale"), minimumLevel: 5));
        Assert.Equal(AgentStatus.Ready, (await agent.GetSnapshotAsync()).Status);
        Assert.True(await agent.TryReserveAsync(_acd.Id("s1"), _acd.Id("stale-skill"), _acd.Id("stale"), minimumLevel: 2));
        Assert.Equal(AgentStatus.Ringing, (await agent.GetSnapshotAsync()).Status);
    }
}
