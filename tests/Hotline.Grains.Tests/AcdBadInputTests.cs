using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests;

/// <summary>Bad input at grain level: refused with an error that names what was wrong, and no state left half-changed.</summary>
[Trait("Category", "Integration")]
public sealed class AcdBadInputTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private readonly AcdScenario _acd = new(fixture.Grains);

    [Fact]
    public async Task Burst_of_1000_calls_into_a_queue_without_agents_is_held_then_abandoned_cleanly()
    {
        var queue = await _acd.QueueAsync("burst", "burst");
        var calls = Enumerable.Range(0, 1000).Select(i => _acd.Call($"burst-{i}")).ToList();

        var positions = await Task.WhenAll(calls.Select(queue.EnqueueAsync));

        Assert.All(positions, p => Assert.InRange(p, 1, 1000));
        var held = await queue.GetSnapshotAsync();
        Assert.Equal((1000, 1000), (held.Waiting, held.Offered));
        var order = await Task.WhenAll(calls.Select(c => queue.PositionOfAsync(c.CallId)));
        Assert.Equal(Enumerable.Range(1, 1000), order.Select(p => p ?? 0).Order());

        await Task.WhenAll(calls.Select(c => queue.AbandonAsync(c.CallId)));
        await queue.AbandonAsync(calls[0].CallId); // a second hang-up of the same call counts once

        var after = await queue.GetSnapshotAsync();
        Assert.Equal((0, 1000, 0), (after.Waiting, after.Abandoned, after.Answered));
        Assert.Null(await queue.PositionOfAsync(calls[^1].CallId));
        // No abandoned call is offered to the first agent who becomes ready: the queue takes the agent in and keeps it.
        var agent = await _acd.ReadyAgentAsync("8101", "burst", 5);
        await AcdScenario.EventuallyAsync(async () => (await queue.GetSnapshotAsync()).ReadyAgents == 1, "the queue holds the ready agent");
        Assert.Equal(AgentStatus.Ready, (await agent.GetSnapshotAsync()).Status);
    }

    [Fact]
    public async Task Logout_while_talking_is_refused_and_the_call_stays_with_the_agent()
    {
        var queue = await _acd.QueueAsync("talking", "talking");
        var agent = await _acd.ReadyAgentAsync("8102", "talking", 5);
        await queue.EnqueueAsync(_acd.Call("t1"));
        await _acd.RingsWithAsync(agent, "t1");
        await agent.CallAnsweredAsync(_acd.Id("t1"));

        var refused = await Assert.ThrowsAsync<AgentCommandException>(() => agent.LogoutAsync());
        await Assert.ThrowsAsync<AgentCommandException>(() => agent.SetReadyAsync());
        await Assert.ThrowsAsync<AgentCommandException>(() => agent.CallEndedAsync("another-call"));

        Assert.Contains("Talking", refused.Message, StringComparison.Ordinal);
        var snapshot = await agent.GetSnapshotAsync();
        Assert.Equal((AgentStatus.Talking, _acd.Id("t1")), (snapshot.Status, snapshot.CallId));
    }

    [Fact]
    public async Task Calls_into_an_unconfigured_queue_are_refused_naming_the_queue()
    {
        var queue = fixture.Grains.GetGrain<IQueueGrain>(_acd.Id("nowhere"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => queue.EnqueueAsync(_acd.Call("lost")));

        Assert.Contains(_acd.Id("nowhere"), refused.Message, StringComparison.Ordinal);
        Assert.Null(await queue.GetConfigurationAsync());
    }

    [Fact]
    public async Task Bad_configuration_is_refused_and_the_stored_one_kept()
    {
        var agent = await _acd.AgentAsync("8103", "bad", 4);
        var queue = await _acd.QueueAsync("bad", "bad");
        var good = await queue.GetConfigurationAsync() ?? throw new InvalidOperationException("the queue lost its configuration");

        var level = await Assert.ThrowsAsync<ArgumentException>(() => agent.ConfigureAsync(_acd.Profile("8103", "bad", 11)));
        var wrongAgent = await Assert.ThrowsAsync<ArgumentException>(() => agent.ConfigureAsync(_acd.Profile("8104", "bad", 5)));
        var overflow = await Assert.ThrowsAsync<ArgumentException>(() => queue.ConfigureAsync(good with { OverflowQueue = good.Name }));
        var minimum = await Assert.ThrowsAsync<ArgumentException>(() => queue.ConfigureAsync(good with { MinimumLevel = 0 }));

        Assert.Contains("level 11", level.Message, StringComparison.Ordinal);
        Assert.Contains(_acd.Id("8104"), wrongAgent.Message, StringComparison.Ordinal);
        Assert.Contains("overflow into itself", overflow.Message, StringComparison.Ordinal);
        Assert.Contains("minimum level 0", minimum.Message, StringComparison.Ordinal);
        Assert.Equal(4, (await agent.GetProfileAsync())?.Skills.Single().Level);
        Assert.Equal(good, await queue.GetConfigurationAsync());
    }

    [Fact]
    public async Task Queue_configured_after_its_agents_went_ready_finds_them()
    {
        var agent = await _acd.ReadyAgentAsync("8105", "late", 5);
        var queue = await _acd.QueueAsync("late", "late");

        Assert.Equal(1, (await queue.GetSnapshotAsync()).ReadyAgents);
        await queue.EnqueueAsync(_acd.Call("l1"));
        await _acd.RingsWithAsync(agent, "l1");
    }

    [Fact]
    public async Task Agent_whose_skill_is_taken_away_gets_no_more_calls_from_that_queue()
    {
        var queue = await _acd.QueueAsync("moved", "moved");
        var agent = await _acd.ReadyAgentAsync("8106", "moved", 5);

        await agent.ConfigureAsync(_acd.Profile("8106", "elsewhere", 5));
        await queue.EnqueueAsync(_acd.Call("m1"));

        await AcdScenario.EventuallyAsync(async () => (await queue.GetSnapshotAsync()).ReadyAgents == 0, "the queue drops the agent");
        Assert.Equal(AgentStatus.Ready, (await agent.GetSnapshotAsync()).Status);
        Assert.Equal(1, await queue.PositionOfAsync(_acd.Id("m1")));
    }
}
