using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Tests.Calls;
using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Agents;

/// <summary>
/// Every state an agent leaves is written to the outbox as an interval (state, reason, queue, start, end); a queue
/// with activity writes snapshots. On a real in-process cluster with a recording outbox.
/// </summary>
[Trait("Category", "Integration")]
public sealed class AgentStateEventTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private readonly AcdScenario _acd = new(fixture.Grains);

    private IReadOnlyList<AgentStateInterval> IntervalsOf(string extension) =>
        [.. fixture.Events.OfType<AgentStateInterval>().Where(i => i.AgentId == _acd.Id(extension))];

    /// <summary>The agent's intervals once <paramref name="count"/> are written (agents write them after the state change, in order).</summary>
    private async Task<IReadOnlyList<AgentStateInterval>> IntervalsAsync(string extension, int count)
    {
        await AcdScenario.EventuallyAsync(() => Task.FromResult(IntervalsOf(extension).Count >= count), $"agent {extension} wrote {count} intervals");
        return IntervalsOf(extension);
    }

    [Fact]
    public async Task Each_state_change_from_login_to_logout_writes_the_interval_that_ended()
    {
        var queue = await _acd.QueueAsync("events", "events-skill");
        var agent = await _acd.AgentAsync("8401", "events-skill", 5, TimeSpan.FromMinutes(5));
        await agent.LoginAsync();
        await agent.SetReadyAsync();
        await agent.SetNotReadyAsync(NotReadyReason.Break);
        await agent.SetReadyAsync();
        await queue.EnqueueAsync(_acd.Call("c1"));
        await _acd.RingsWithAsync(agent, "c1");
        await agent.CallAnsweredAsync(_acd.Id("c1"));
        await agent.CallEndedAsync(_acd.Id("c1"));
        await agent.EndWrapUpAsync();
        await agent.LogoutAsync();
        await agent.LoginAsync();

        var intervals = await IntervalsAsync("8401", 9);
        Assert.Equal(
            ["NotReady:Other:", "Ready::", "NotReady:Break:", "Ready::", $"Ringing::{_acd.Id("events")}", $"Talking::{_acd.Id("events")}",
             $"WrapUp:AfterCallWork:{_acd.Id("events")}", "Ready::", "LoggedOut::"],
            intervals.Select(i => $"{i.State}:{i.Reason}:{i.Queue}"));
        Assert.All(intervals, i => Assert.True(i.StartedAt <= i.EndedAt, $"{i.State} ends after it starts"));
        Assert.All(intervals.Zip(intervals.Skip(1)), pair => Assert.Equal(pair.First.EndedAt, pair.Second.StartedAt));
        Assert.Equal(intervals.Count, intervals.Select(i => i.EventId).Distinct().Count());
    }

    [Fact]
    public async Task Setting_the_same_state_again_writes_nothing()
    {
        var agent = await _acd.ReadyAgentAsync("8402", "same-skill", 5);

        await agent.SetReadyAsync();
        await agent.SetNotReadyAsync(NotReadyReason.Meeting);
        await agent.SetNotReadyAsync(NotReadyReason.Meeting);
        await agent.SetReadyAsync();

        // Written in order: a repeat would stand between these.
        Assert.Equal(["NotReady:Other", "Ready:", "NotReady:Meeting"], (await IntervalsAsync("8402", 3)).Select(i => $"{i.State}:{i.Reason}"));
    }

    [Fact]
    public async Task Click_to_dial_makes_the_agent_busy_then_wrap_up_and_the_queue_stops_offering_it_calls()
    {
        var queue = await _acd.QueueAsync("dialq", "dial-skill");
        var agent = await _acd.ReadyAgentAsync("8403", "dial-skill", 5, TimeSpan.FromMinutes(5));
        var node = new RecordingTelephonyNode();
        await fixture.Grains.GetGrain<ITelephonyDirectoryGrain>(0).RegisterNodeAsync(
            "node-" + _acd.Id("dial"), fixture.Cluster.Client.CreateObjectReference<ITelephonyNode>(node));
        var call = fixture.Grains.GetGrain<ICallGrain>(_acd.Id("out"));

        await call.DialAsync(_acd.Id("8403"), "13900139000");

        Assert.Equal(AgentStatus.Ringing, (await agent.GetSnapshotAsync()).Status);
        await queue.EnqueueAsync(_acd.Call("inbound"));
        Assert.Equal(1, (await queue.GetSnapshotAsync()).Waiting);
        await call.DialedAsync(connected: true, "Answered");
        Assert.Equal(AgentStatus.Talking, (await agent.GetSnapshotAsync()).Status);
        var second = fixture.Grains.GetGrain<ICallGrain>(_acd.Id("out2"));
        var busy = await Assert.ThrowsAsync<AgentCommandException>(() => second.DialAsync(_acd.Id("8403"), "13900139001"));
        Assert.Contains("Talking", busy.Message, StringComparison.Ordinal);
        await call.EndedAsync(new CallEndInfo { At = DateTimeOffset.UtcNow, Reason = "agent hung up" });
        var after = await agent.GetSnapshotAsync();
        Assert.Equal(AgentStatus.WrapUp, after.Status);
        Assert.Equal(1, after.CallsHandledToday);
        Assert.Equal(["NotReady", "Ready", "Ringing", "Talking"], (await IntervalsAsync("8403", 4)).Select(i => i.State));
        Assert.Equal(1, (await queue.GetSnapshotAsync()).Waiting);
        // Orleans holds a client-side observer weakly: without this the collector may take the node after registration
        // and the grain's dial waits 30 s for an answer that never comes (seen in CI under load).
        GC.KeepAlive(node);
    }

    [Fact]
    public async Task A_queue_with_a_waiting_call_writes_snapshots_with_its_figures()
    {
        await _acd.QueueAsync("snap", "snap-skill", c => c with { SnapshotEvery = TimeSpan.FromMilliseconds(300) });
        var resting = await _acd.ReadyAgentAsync("8404", "snap-skill", 5);
        await resting.SetNotReadyAsync(NotReadyReason.Training);
        var queue = fixture.Grains.GetGrain<IQueueGrain>(_acd.Id("snap"));
        await queue.EnqueueAsync(_acd.Call("waiting"));

        QueueSnapshotTaken? snapshot = null;
        await AcdScenario.EventuallyAsync(() =>
        {
            snapshot = fixture.Events.OfType<QueueSnapshotTaken>().LastOrDefault(s => s.Queue == _acd.Id("snap"));
            return Task.FromResult(snapshot is not null);
        }, "the queue writes a snapshot");

        Assert.Equal(1, snapshot!.CallsWaiting);
        Assert.Equal(1, snapshot.AgentsNotReady);
        Assert.Equal(0, snapshot.AgentsReady);
        Assert.True(snapshot.LongestWaitSeconds >= 0);
    }

    [Fact]
    public async Task An_idle_queue_writes_no_snapshots()
    {
        await _acd.QueueAsync("quiet", "quiet-skill", c => c with { SnapshotEvery = TimeSpan.FromMilliseconds(200) });
        await _acd.QueueAsync("marker", "marker-skill", c => c with { SnapshotEvery = TimeSpan.FromMilliseconds(200) });
        await fixture.Grains.GetGrain<IQueueGrain>(_acd.Id("marker")).EnqueueAsync(_acd.Call("m"));

        // Once the busy queue has written twice, the idle one has had the same ticks.
        await AcdScenario.EventuallyAsync(
            () => Task.FromResult(fixture.Events.OfType<QueueSnapshotTaken>().Count(s => s.Queue == _acd.Id("marker")) >= 2),
            "the busy queue writes snapshots");
        Assert.DoesNotContain(fixture.Events.OfType<QueueSnapshotTaken>(), s => s.Queue == _acd.Id("quiet"));
    }
}
