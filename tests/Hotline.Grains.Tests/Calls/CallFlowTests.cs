using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Calls;
using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Calls;

/// <summary>
/// A call's grain driven as the telephony node reports (offered, IVR result, agent answered, ended), on a real in-process
/// cluster: the commands it gives the node, the phases it records, the queue and agent it moves, and its CDR.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CallFlowTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private readonly AcdScenario _acd = new(fixture.Grains);
    private readonly RecordingTelephonyNode _node = new();

    private ICallGrain Call(string name) => fixture.Grains.GetGrain<ICallGrain>(_acd.Id(name));

    private async Task<ICallGrain> OfferAsync(string name)
    {
        var reference = fixture.Cluster.Client.CreateObjectReference<ITelephonyNode>(_node);
        var call = Call(name);
        await call.OfferedAsync(new IncomingCallInfo("13800138000", "12328", null, DateTimeOffset.UtcNow, reference));
        return call;
    }

    private static IvrResult ToQueue(string queue) => new()
    {
        Kind = IvrResultKind.Queue,
        Flow = CallFlows.Welcome,
        Queue = queue,
        Priority = 5,
        Path = ["hours(open)", "welcome[1]", "complaint", "toComplaints"],
        Variables = new Dictionary<string, string> { ["category"] = "complaint" },
    };

    private Task EventuallyAsync(Func<bool> condition, string description) =>
        AcdScenario.EventuallyAsync(() => Task.FromResult(condition()), $"{description}; the node received: {string.Join(" | ", _node.Commands)}");

    [Fact]
    public async Task A_call_to_a_number_bound_to_its_own_flow_runs_that_flow_and_records_the_number()
    {
        var reference = fixture.Cluster.Client.CreateObjectReference<ITelephonyNode>(_node);
        var id = _acd.Id("bound");

        await Call("bound").OfferedAsync(new IncomingCallInfo("13800138000", "96196", null, DateTimeOffset.UtcNow, reference, CallFlows.QueueVoicemail));

        Assert.True(_node.Received($"ivr {id} {CallFlows.QueueVoicemail}"), string.Join(" | ", _node.Commands));
        Assert.False(_node.Received($"ivr {id} {CallFlows.Welcome}"));
        Assert.Contains((await Call("bound").GetSnapshotAsync()).Transitions, t => t.Detail.Contains("called 96196", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Offered_call_runs_the_welcome_flow_then_queues_rings_the_agent_talks_and_ends_with_a_complete_record()
    {
        await _acd.QueueAsync("complaints", "complaint");
        var agent = await _acd.ReadyAgentAsync("8001", "complaint", 5, TimeSpan.FromMinutes(1));
        var call = await OfferAsync("flow1");
        var id = _acd.Id("flow1");
        Assert.True(_node.Received($"ivr {id} {CallFlows.Welcome}"));

        await call.IvrFinishedAsync(ToQueue(_acd.Id("complaints")));
        await EventuallyAsync(() => _node.Received($"ring {id} {_acd.Id("8001")}"), "the agent's phone is rung");
        Assert.True(_node.Received($"moh {id}"), "the caller hears music while waiting");
        await call.AgentAnsweredAsync(_acd.Id("8001"));
        Assert.Equal(AgentStatus.Talking, (await agent.GetSnapshotAsync()).Status);
        Assert.True(_node.Received($"keep {id}"), "the caller is kept for the survey");

        await call.AgentHungUpAsync(_acd.Id("8001"));
        Assert.True(_node.Received($"ivr {id} {CallFlows.Survey}"));
        Assert.Equal(AgentStatus.WrapUp, (await agent.GetSnapshotAsync()).Status);
        await call.IvrFinishedAsync(new IvrResult { Kind = IvrResultKind.Survey, Flow = CallFlows.Survey, SurveyScore = 5 });
        Assert.True(_node.Received($"hangup {id}"));
        await call.EndedAsync(new CallEndInfo { At = DateTimeOffset.UtcNow, Reason = "caller hung up", RecordingPath = "/data/recordings/x.wav" });

        var snapshot = await call.GetSnapshotAsync();
        Assert.Equal(
            [CallPhase.Offered, CallPhase.Ivr, CallPhase.Queued, CallPhase.RingingAgent, CallPhase.Talking, CallPhase.WrapUp, CallPhase.Ivr, CallPhase.Ended],
            snapshot.Transitions.Select(t => t.Phase));
        var record = Assert.IsType<CallDetailRecord>(await call.GetRecordAsync());
        Assert.Equal(CallEndCause.Completed, record.EndCause);
        Assert.Equal(_acd.Id("complaints"), record.Queue);
        Assert.Equal(_acd.Id("8001"), record.AgentId);
        Assert.Equal("/data/recordings/x.wav", record.RecordingPath);
        Assert.Contains("welcome[1]", record.IvrPath);
        Assert.True(record.ArrivedAt <= record.QueuedAt && record.QueuedAt <= record.OfferedAt
            && record.OfferedAt <= record.AnsweredAt && record.AnsweredAt <= record.EndedAt, "timestamps are ordered");
    }

    [Fact]
    public async Task Caller_who_hangs_up_in_the_queue_is_abandoned_and_the_queue_forgets_the_call()
    {
        var queue = await _acd.QueueAsync("nobody", "nobody-skill");
        var call = await OfferAsync("abandon");
        await call.IvrFinishedAsync(ToQueue(_acd.Id("nobody")));
        Assert.Equal(1, (await queue.GetSnapshotAsync()).Waiting);

        await call.EndedAsync(new CallEndInfo { At = DateTimeOffset.UtcNow, Reason = "caller hung up" });

        Assert.Equal(0, (await queue.GetSnapshotAsync()).Waiting);
        Assert.Equal(CallEndCause.Abandoned, (await call.GetRecordAsync())!.EndCause);
    }

    [Fact]
    public async Task Agent_who_does_not_answer_goes_not_ready_and_the_call_rings_the_next_agent()
    {
        await _acd.QueueAsync("retry", "retry-skill");
        var first = await _acd.ReadyAgentAsync("8101", "retry-skill", 5);
        await Task.Delay(30, TestContext.Current.CancellationToken);
        await _acd.ReadyAgentAsync("8102", "retry-skill", 5);
        var call = await OfferAsync("noanswer");
        var id = _acd.Id("noanswer");
        await call.IvrFinishedAsync(ToQueue(_acd.Id("retry")));
        await EventuallyAsync(() => _node.Received($"ring {id} {_acd.Id("8101")}"), "the longest idle agent rings first");

        await call.AgentNotAnsweredAsync(_acd.Id("8101"), "NoAnswer (487)");

        await EventuallyAsync(() => _node.Received($"ring {id} {_acd.Id("8102")}"), "the next agent rings");
        var snapshot = await first.GetSnapshotAsync();
        Assert.Equal(AgentStatus.NotReady, snapshot.Status);
        Assert.Equal(NotReadyReason.NoAnswer, snapshot.Reason);
    }

    [Fact]
    public async Task Maximum_wait_sends_the_caller_to_the_voicemail_flow()
    {
        await _acd.QueueAsync("full", "full-skill", c => c with { MaxWait = TimeSpan.FromSeconds(1), MaxWaitAction = MaxWaitAction.Voicemail });
        var call = await OfferAsync("maxwait");
        var id = _acd.Id("maxwait");
        await call.IvrFinishedAsync(ToQueue(_acd.Id("full")));

        await EventuallyAsync(() => _node.Received($"ivr {id} {CallFlows.QueueVoicemail}"), "the voicemail flow runs");
        await call.IvrFinishedAsync(new IvrResult { Kind = IvrResultKind.Voicemail, Flow = CallFlows.QueueVoicemail, VoicemailPath = "/v.wav", VoicemailLength = TimeSpan.FromSeconds(3) });
        await call.EndedAsync(new CallEndInfo { At = DateTimeOffset.UtcNow, Reason = "platform hung up" });
        Assert.Equal(CallEndCause.Overflowed, (await call.GetRecordAsync())!.EndCause);
    }

    [Fact]
    public async Task Transfer_to_a_queue_releases_the_agent_and_rings_an_agent_of_that_queue()
    {
        await _acd.QueueAsync("first", "first-skill");
        await _acd.QueueAsync("second", "second-skill");
        var agentA = await _acd.ReadyAgentAsync("8201", "first-skill", 5, TimeSpan.FromMinutes(1));
        await _acd.ReadyAgentAsync("8202", "second-skill", 5);
        var call = await OfferAsync("toqueue");
        var id = _acd.Id("toqueue");
        await call.IvrFinishedAsync(ToQueue(_acd.Id("first")));
        await EventuallyAsync(() => _node.Received($"ring {id} {_acd.Id("8201")}"), "agent A rings");
        await call.AgentAnsweredAsync(_acd.Id("8201"));

        await call.TransferAsync(TransferTarget.Queue(_acd.Id("second")));

        Assert.True(_node.Received($"release {id}"));
        await EventuallyAsync(() => _node.Received($"ring {id} {_acd.Id("8202")}"), "agent B of the second queue rings");
        Assert.Equal(AgentStatus.WrapUp, (await agentA.GetSnapshotAsync()).Status);
        await call.AgentAnsweredAsync(_acd.Id("8202"));
        await call.EndedAsync(new CallEndInfo { At = DateTimeOffset.UtcNow, Reason = "caller hung up" });
        var record = (await call.GetRecordAsync())!;
        Assert.Equal(_acd.Id("8202"), record.AgentId);
        Assert.Equal("queue:" + _acd.Id("second"), Assert.Single(record.Transfers).To);
    }

    [Fact]
    public async Task Commands_in_the_wrong_phase_are_refused_with_a_clear_error_and_change_nothing()
    {
        var queue = await _acd.QueueAsync("idle", "idle-skill");
        var call = await OfferAsync("wrongphase");
        await call.IvrFinishedAsync(ToQueue(_acd.Id("idle")));

        var hold = await Assert.ThrowsAsync<CallCommandException>(call.HoldAsync);
        Assert.Contains("queued", hold.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<CallCommandException>(() => call.TransferAsync(TransferTarget.Extension("8009")));
        await Assert.ThrowsAsync<CallCommandException>(() => call.SuperviseAsync("8010", SupervisionMode.Listen));
        Assert.Equal(CallPhase.Queued, (await call.GetSnapshotAsync()).Phase);
        Assert.Equal(1, (await queue.GetSnapshotAsync()).Waiting);
        Assert.DoesNotContain(_node.Commands, c => c.StartsWith("hold", StringComparison.Ordinal) || c.StartsWith("transfer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hold_resume_and_conference_are_commanded_and_recorded()
    {
        await _acd.QueueAsync("talk", "talk-skill");
        await _acd.ReadyAgentAsync("8301", "talk-skill", 5);
        var call = await OfferAsync("hold");
        var id = _acd.Id("hold");
        await call.IvrFinishedAsync(ToQueue(_acd.Id("talk")));
        await EventuallyAsync(() => _node.Received($"ring {id} {_acd.Id("8301")}"), "the agent rings");
        await call.AgentAnsweredAsync(_acd.Id("8301"));

        await call.HoldAsync();
        await call.HoldChangedAsync(held: true, "platform");
        Assert.Equal(CallPhase.Held, (await call.GetSnapshotAsync()).Phase);
        await call.ResumeAsync();
        await call.HoldChangedAsync(held: false, "platform");
        await call.ConferenceAsync(TransferTarget.Outside("13900139000"));
        await call.PartyJoinedAsync("13900139000", joined: true, "Answered");

        Assert.True(_node.Received($"hold {id}") && _node.Received($"resume {id}") && _node.Received($"conference {id} 13900139000"));
        Assert.Equal(CallPhase.Conference, (await call.GetSnapshotAsync()).Phase);
        await call.EndedAsync(new CallEndInfo { At = DateTimeOffset.UtcNow, Reason = "caller hung up" });
        Assert.True((await call.GetRecordAsync())!.HoldSeconds >= 0);
    }

    [Fact]
    public async Task Waiting_caller_hears_its_position_every_announce_interval()
    {
        await _acd.QueueAsync("announce", "announce-skill", c => c with { AnnounceEvery = TimeSpan.FromSeconds(1) });
        var first = await OfferAsync("ahead");
        await first.IvrFinishedAsync(ToQueue(_acd.Id("announce")));
        var second = await OfferAsync("behind");
        var id = _acd.Id("behind");
        await second.IvrFinishedAsync(ToQueue(_acd.Id("announce")));

        await EventuallyAsync(() => _node.Commands.Any(c => c.StartsWith($"announce {id} ", StringComparison.Ordinal)), "the second caller hears its position");
        Assert.Contains(_node.Commands, c => c == $"announce {id} 您前面还有1位来电，请耐心等待。");
    }

    [Fact]
    public async Task A_queue_that_is_not_configured_releases_the_caller_instead_of_holding_it_forever()
    {
        var call = await OfferAsync("noqueue");
        var id = _acd.Id("noqueue");

        await call.IvrFinishedAsync(ToQueue(_acd.Id("missing-queue")));

        Assert.True(_node.Received($"hangup {id}"));
        var snapshot = await call.GetSnapshotAsync();
        Assert.Contains("not available", snapshot.Transitions[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Click_to_dial_places_the_call_through_a_registered_node_and_records_an_outbound_call()
    {
        var reference = fixture.Cluster.Client.CreateObjectReference<ITelephonyNode>(_node);
        await fixture.Grains.GetGrain<ITelephonyDirectoryGrain>(0).RegisterNodeAsync("test-node-" + _acd.Id("dial"), reference);
        var call = Call("dial");
        var id = _acd.Id("dial");

        await call.DialAsync("8001", "13900139000");

        await EventuallyAsync(() => _node.Commands.Any(c => c.StartsWith("dial ", StringComparison.Ordinal)), "a node is told to dial");
        await call.DialedAsync(connected: true, "Answered");
        Assert.Equal(CallPhase.Talking, (await call.GetSnapshotAsync()).Phase);
        await call.EndedAsync(new CallEndInfo { At = DateTimeOffset.UtcNow, Reason = "agent hung up" });
        var record = (await call.GetRecordAsync())!;
        Assert.Equal(CallDirection.Outbound, record.Direction);
        Assert.Equal(CallEndCause.Completed, record.EndCause);
        Assert.Equal("13900139000", record.CalledNumber);
        var again = await Assert.ThrowsAsync<CallCommandException>(() => call.DialAsync("8001", "13900139000"));
        Assert.Contains("already exists", again.Message, StringComparison.Ordinal);
        Assert.Contains(_node.Commands, c => c.StartsWith("dial ", StringComparison.Ordinal) && c.EndsWith("8001 13900139000 as 12328", StringComparison.Ordinal) && c.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Click_to_dial_refuses_something_that_is_not_a_number()
    {
        var error = await Assert.ThrowsAsync<CallCommandException>(() => Call("badnumber").DialAsync("8001", "13900;drop"));
        Assert.Contains("13900;drop", error.Message, StringComparison.Ordinal);
        Assert.Empty((await Call("badnumber").GetSnapshotAsync()).Transitions);
    }
}
