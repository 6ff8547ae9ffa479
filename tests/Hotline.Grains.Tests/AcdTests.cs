using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests;

/// <summary>Routing rules of the ACD on a real (in-process) Orleans cluster: skills, priority, longest idle, timeouts, wrap-up.</summary>
[Trait("Category", "Integration")]
public sealed class AcdTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private readonly AcdScenario _acd = new(fixture.Grains);

    private string Id(string name) => _acd.Id(name);

    private Task<IQueueGrain> QueueAsync(string name, string skill, Func<QueueConfiguration, QueueConfiguration>? tweak = null) =>
        _acd.QueueAsync(name, skill, tweak);

    private Task<IAgentGrain> ReadyAgentAsync(string extension, string skill, int level, TimeSpan? wrapUp = null) =>
        _acd.ReadyAgentAsync(extension, skill, level, wrapUp);

    private QueuedCall Call(string name, int priority = 0) => _acd.Call(name, priority);

    private static Task EventuallyAsync(Func<Task<bool>> condition, string description) => AcdScenario.EventuallyAsync(condition, description);

    [Fact]
    public async Task Call_goes_to_a_skilled_enough_agent_only()
    {
        var queue = await QueueAsync("complaints", "complaints", c => c with { MinimumLevel = 3 });
        var novice = await ReadyAgentAsync("8001", "complaints", 2);
        var expert = await ReadyAgentAsync("8002", "complaints", 5);

        await queue.EnqueueAsync(Call("c1"));

        await EventuallyAsync(async () => (await expert.GetSnapshotAsync()).Status == AgentStatus.Ringing, "the expert rings");
        Assert.Equal(AgentStatus.Ready, (await novice.GetSnapshotAsync()).Status);
        var call = await fixture.Grains.GetGrain<ICallGrain>(Id("c1")).GetSnapshotAsync();
        Assert.Equal(CallPhase.RingingAgent, call.Phase);
        Assert.Equal(Id("8002"), call.Agent);
        Assert.Equal([CallPhase.Queued, CallPhase.RingingAgent], call.Transitions.Select(t => t.Phase));
    }

    [Fact]
    public async Task Longest_idle_agent_gets_the_call()
    {
        var queue = await QueueAsync("enquiries", "enquiries");
        var first = await ReadyAgentAsync("8003", "enquiries", 5);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        await ReadyAgentAsync("8004", "enquiries", 9);

        await queue.EnqueueAsync(Call("c2"));

        await EventuallyAsync(async () => (await first.GetSnapshotAsync()).Status == AgentStatus.Ringing, "the longest idle agent rings");
    }

    [Fact]
    public async Task Higher_priority_call_is_served_first()
    {
        var queue = await QueueAsync("priority", "priority");
        await queue.EnqueueAsync(Call("normal"));
        await queue.EnqueueAsync(Call("repeat-caller", priority: 10));
        Assert.Equal(1, await queue.PositionOfAsync(Id("repeat-caller")));
        Assert.Equal(2, await queue.PositionOfAsync(Id("normal")));

        await ReadyAgentAsync("8005", "priority", 5);

        await EventuallyAsync(async () => (await fixture.Grains.GetGrain<ICallGrain>(Id("repeat-caller")).GetSnapshotAsync()).Phase == CallPhase.RingingAgent,
            "the priority call is offered");
        Assert.Equal(1, await queue.PositionOfAsync(Id("normal")));
    }

    [Fact]
    public async Task Unanswered_offer_goes_back_to_the_queue_and_the_agent_goes_not_ready()
    {
        var queue = await QueueAsync("requeue", "requeue", c => c with { RingTimeout = TimeSpan.FromSeconds(1) });
        var agent = await ReadyAgentAsync("8006", "requeue", 5);

        await queue.EnqueueAsync(Call("c3"));

        await EventuallyAsync(async () => (await agent.GetSnapshotAsync()) is { Status: AgentStatus.NotReady, Reason: NotReadyReason.NoAnswer },
            "the agent goes not ready (no answer)");
        Assert.Equal(1, await queue.PositionOfAsync(Id("c3")));
    }

    [Fact]
    public async Task Caller_reaches_voicemail_after_the_maximum_wait()
    {
        var queue = await QueueAsync("nobody", "nobody", c => c with { MaxWait = TimeSpan.FromSeconds(1), MaxWaitAction = MaxWaitAction.Voicemail });

        await queue.EnqueueAsync(Call("c4"));

        await EventuallyAsync(async () => (await queue.GetSnapshotAsync()).Waiting == 0, "the call leaves the queue");
        var call = await fixture.Grains.GetGrain<ICallGrain>(Id("c4")).GetSnapshotAsync();
        // The call grain records the maximum wait, then runs the voicemail flow (on the node, when the call has one).
        Assert.Equal(CallPhase.Ivr, call.Phase);
        Assert.Contains(call.Transitions, t => t.Detail.Contains("Voicemail", StringComparison.Ordinal));
        Assert.Contains(Hotline.Grains.Calls.CallFlows.QueueVoicemail, call.Transitions[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_waiting_call_overflows_to_another_queue_and_is_answered_there()
    {
        var backup = await QueueAsync("backup", "backup");
        var queue = await QueueAsync("busy", "busy", c => c with { OverflowQueue = Id("backup"), OverflowAfter = TimeSpan.FromSeconds(1) });
        var helper = await ReadyAgentAsync("8007", "backup", 5);

        await queue.EnqueueAsync(Call("c5"));

        await EventuallyAsync(async () => (await helper.GetSnapshotAsync()).Status == AgentStatus.Ringing, "the overflow queue's agent rings");
        Assert.Equal(Id("backup"), (await fixture.Grains.GetGrain<ICallGrain>(Id("c5")).GetSnapshotAsync()).Queue);
        Assert.Equal(1, (await backup.GetSnapshotAsync()).Offered);
    }

    [Fact]
    public async Task Agent_wraps_up_for_the_configured_time_then_takes_the_next_call()
    {
        var queue = await QueueAsync("wrapup", "wrapup");
        var agent = await ReadyAgentAsync("8008", "wrapup", 5, wrapUp: TimeSpan.FromSeconds(1));
        await queue.EnqueueAsync(Call("first"));
        await EventuallyAsync(async () => (await agent.GetSnapshotAsync()).Status == AgentStatus.Ringing, "the agent rings");
        await agent.CallAnsweredAsync(Id("first"));
        await queue.AnsweredAsync(Id("first"));
        await queue.EnqueueAsync(Call("second"));

        await agent.CallEndedAsync(Id("first"));

        Assert.Equal(AgentStatus.WrapUp, (await agent.GetSnapshotAsync()).Status);
        await EventuallyAsync(async () => (await agent.GetSnapshotAsync()) is { Status: AgentStatus.Ringing, CallId: var c } && c == Id("second"),
            "after wrap-up the agent rings with the waiting call");
        var snapshot = await queue.GetSnapshotAsync();
        Assert.Equal(1, snapshot.Answered);
        Assert.Equal(1, snapshot.AnsweredWithinTarget);
    }

    [Fact]
    public async Task Commands_in_the_wrong_state_are_refused_and_change_nothing()
    {
        var agent = fixture.Grains.GetGrain<IAgentGrain>(Id("8009"));
        await agent.ConfigureAsync(new AgentProfile(Id("8009"), "8009", [], TimeSpan.Zero));

        await Assert.ThrowsAsync<AgentCommandException>(() => agent.SetReadyAsync());
        await agent.LoginAsync();
        var twice = await Assert.ThrowsAsync<AgentCommandException>(() => agent.LoginAsync());
        Assert.Contains("already logged in", twice.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<AgentCommandException>(() => agent.CallAnsweredAsync("no-such-call"));
        Assert.Equal(AgentStatus.NotReady, (await agent.GetSnapshotAsync()).Status);
    }

    [Fact]
    public async Task Abandoned_call_leaves_the_queue_and_is_counted()
    {
        var queue = await QueueAsync("abandon", "abandon");
        await queue.EnqueueAsync(Call("c6"));

        await queue.AbandonAsync(Id("c6"));

        var snapshot = await queue.GetSnapshotAsync();
        Assert.Equal(0, snapshot.Waiting);
        Assert.Equal(1, snapshot.Abandoned);
        Assert.Null(await queue.PositionOfAsync(Id("c6")));
    }
}
