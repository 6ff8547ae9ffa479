using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Callbacks;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Grains.Calls;
using Hotline.Grains.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Grains.Tests.Outbound;

/// <summary>
/// A queue's call-back list on a cluster with a fake clock: due times, preview offers to ready agents, dialling the
/// agent then the citizen, attempts and results, retries and limits; and the call-back a waiting caller asks for.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CallbackSchedulerTests(FakeClockClusterFixture fixture) : IClassFixture<FakeClockClusterFixture>
{
    private static readonly CallbackPolicy Policy = new()
    {
        Retry = new RetryRule { MaxAttempts = 2, Interval = TimeSpan.FromMinutes(10), RetryOn = [OutboundResult.NoAnswer, OutboundResult.Busy] },
        OfferTimeout = TimeSpan.FromMinutes(2),
    };

    private readonly AcdScenario _acd = new(fixture.Grains);

    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    private async Task<ICallbackSchedulerGrain> ListAsync(string queue)
    {
        await _acd.QueueAsync(queue, queue + "-skill");
        var list = fixture.Grains.GetGrain<ICallbackSchedulerGrain>(_acd.Id(queue));
        await list.ConfigureAsync(Policy);
        return list;
    }

    private static async Task<OutboundItem> ItemAsync(ICallbackSchedulerGrain list, string id) => (await list.GetListAsync()).Single(i => i.Id == id);

    /// <summary>The agent accepts its offer; the node is told to dial; the call ends as the citizen's phone answered.</summary>
    private async Task<string> CallAsync(ICallbackSchedulerGrain list, string agent, bool connected, string reason)
    {
        var callId = await list.AcceptAsync(_acd.Id(agent));
        Assert.Contains(fixture.Node.Commands, c => c == $"dial {callId} {_acd.Id(agent)} 13900139000 as 12328");
        var call = fixture.Grains.GetGrain<ICallGrain>(callId);
        await call.DialedAsync(connected, reason);
        await call.EndedAsync(new CallEndInfo { At = Now, Reason = "hung up" });
        return callId;
    }

    [Fact]
    public async Task A_return_visit_is_offered_when_due_and_a_busy_citizen_is_called_again_after_the_interval()
    {
        var list = await ListAsync("visits");
        var agent = await _acd.ReadyAgentAsync("8501", "visits-skill", 5);
        await _acd.QueueSeesReadyAsync("visits", 1);
        var id = await list.ScheduleAsync("13900139000", Now.AddHours(1), "回访 工单 T-1", "T-1");

        Assert.Null(await list.GetOfferAsync(_acd.Id("8501")));
        Assert.Equal(AgentStatus.Ready, (await agent.GetSnapshotAsync()).Status);
        fixture.Advance(TimeSpan.FromHours(1));
        await list.RunDueAsync();

        var offer = Assert.IsType<OutboundItem>(await list.GetOfferAsync(_acd.Id("8501")));
        Assert.Equal("T-1", offer.TicketNumber);
        Assert.Equal(AgentStatus.Ringing, (await agent.GetSnapshotAsync()).Status);
        var firstCall = await CallAsync(list, "8501", connected: false, "Busy (486): Busy Here");

        var afterBusy = await ItemAsync(list, id);
        Assert.Equal(OutboundItemStatus.Pending, afterBusy.Status);
        Assert.Equal(Now.AddMinutes(10), afterBusy.DueAt);
        Assert.Equal(OutboundResult.Busy, Assert.Single(afterBusy.Attempts).Result);
        Assert.Equal(firstCall, afterBusy.Attempts[0].CallId);
        Assert.Equal(AgentStatus.Ready, (await agent.GetSnapshotAsync()).Status);
        await list.RunDueAsync();
        Assert.Null(await list.GetOfferAsync(_acd.Id("8501")));

        fixture.Advance(TimeSpan.FromMinutes(10));
        await OfferedEventuallyAsync(list, "8501", firstCall);
        await CallAsync(list, "8501", connected: true, "Answered");

        var done = await ItemAsync(list, id);
        Assert.Equal(OutboundItemStatus.Done, done.Status);
        Assert.Equal([OutboundResult.Busy, OutboundResult.Answered], done.Attempts.Select(a => a.Result));
    }

    [Fact]
    public async Task A_citizen_never_reached_is_given_up_after_the_attempt_limit()
    {
        var list = await ListAsync("limit");
        await _acd.ReadyAgentAsync("8502", "limit-skill", 5);
        await _acd.QueueSeesReadyAsync("limit", 1);
        var id = await list.ScheduleAsync("13900139000", Now, "回访");

        var firstCall = await CallAsync(list, "8502", connected: false, "NoAnswer (408): timeout");
        fixture.Advance(TimeSpan.FromMinutes(10));
        await OfferedEventuallyAsync(list, "8502", firstCall);
        await CallAsync(list, "8502", connected: false, "NoAnswer (408): timeout");
        fixture.Advance(TimeSpan.FromHours(1));
        await list.RunDueAsync();

        var item = await ItemAsync(list, id);
        Assert.Equal(OutboundItemStatus.Exhausted, item.Status);
        Assert.Equal(2, item.Attempts.Count);
        Assert.Null(await list.GetOfferAsync(_acd.Id("8502")));
    }

    [Fact]
    public async Task A_declined_offer_goes_to_another_agent_and_an_offer_not_taken_up_lapses()
    {
        var list = await ListAsync("decline");
        var first = await _acd.ReadyAgentAsync("8503", "decline-skill", 5);
        fixture.Advance(TimeSpan.FromSeconds(1)); // the first agent has been idle longer
        var second = await _acd.ReadyAgentAsync("8504", "decline-skill", 5);
        await _acd.QueueSeesReadyAsync("decline", 2);
        await list.ScheduleAsync("13900139000", Now, "回访");
        Assert.NotNull(await list.GetOfferAsync(_acd.Id("8503")));

        fixture.Advance(TimeSpan.FromSeconds(1));
        await list.DeclineAsync(_acd.Id("8503"));

        Assert.Equal(AgentStatus.Ready, (await first.GetSnapshotAsync()).Status);
        var declined = await OfferedEventuallyAsync(list, "8504", previousCall: null);
        Assert.Equal(AgentStatus.Ringing, (await second.GetSnapshotAsync()).Status);

        // 8504 lets the offer lapse; with 8503 in a meeting, the call-back comes back to 8504 as a new offer.
        await first.SetNotReadyAsync(NotReadyReason.Meeting);
        fixture.Advance(Policy.OfferTimeout);
        var again = await OfferedEventuallyAsync(list, "8504", declined.CallId);
        Assert.Equal(Now, again.OfferedAt);
        var declineNothing = await Assert.ThrowsAsync<CallCommandException>(() => list.DeclineAsync(_acd.Id("8503")));
        Assert.Contains(_acd.Id("8503"), declineNothing.Message, StringComparison.Ordinal);
    }

    /// <summary>Runs the list until the agent has an offer other than <paramref name="previousCall"/> (a released agent tells its queue one-way).</summary>
    private async Task<OutboundItem> OfferedEventuallyAsync(ICallbackSchedulerGrain list, string agent, string? previousCall)
    {
        OutboundItem? offer = null;
        await AcdScenario.EventuallyAsync(async () =>
        {
            await list.RunDueAsync();
            offer = await list.GetOfferAsync(_acd.Id(agent));
            return offer is not null && offer.CallId != previousCall;
        }, $"agent {_acd.Id(agent)} is offered the call-back");
        return offer!;
    }

    [Fact]
    public async Task A_caller_who_waited_the_maximum_and_asked_for_a_call_back_is_on_the_queue_list()
    {
        await _acd.QueueAsync("waited", "waited-skill", c => c with { MaxWait = TimeSpan.FromSeconds(30), MaxWaitAction = MaxWaitAction.CallbackOffer });
        var callId = _acd.Id("caller");
        var call = fixture.Grains.GetGrain<ICallGrain>(callId);
        await call.OfferedAsync(new IncomingCallInfo("13800138000", "12328", null, Now, fixture.Cluster.Client.CreateObjectReference<ITelephonyNode>(fixture.Node)));
        await call.IvrFinishedAsync(new IvrResult { Kind = IvrResultKind.Queue, Flow = CallFlows.Welcome, Queue = _acd.Id("waited") });

        fixture.Advance(TimeSpan.FromSeconds(31));
        await AcdScenario.EventuallyAsync(() => Task.FromResult(fixture.Node.Received($"ivr {callId} {CallFlows.QueueCallback}")), "the call-back offer flow runs");
        await call.IvrFinishedAsync(new IvrResult { Kind = IvrResultKind.Callback, Flow = CallFlows.QueueCallback, CallbackNumber = "13800138000" });

        var list = fixture.Grains.GetGrain<ICallbackSchedulerGrain>(_acd.Id("waited"));
        var item = Assert.Single(await list.GetListAsync());
        Assert.Equal("13800138000", item.Number);
        Assert.Contains(callId, item.Reason, StringComparison.Ordinal);
        Assert.Equal(OutboundItemStatus.Pending, item.Status);

        await _acd.ReadyAgentAsync("8505", "waited-skill", 5);
        await _acd.QueueSeesReadyAsync("waited", 1);
        await list.RunDueAsync();
        Assert.Equal(item.Id, (await list.GetOfferAsync(_acd.Id("8505")))?.Id);
    }

    [Fact]
    public async Task The_list_keeps_a_reminder_while_it_has_work_and_drops_it_when_done()
    {
        var list = await ListAsync("reminder");
        var table = fixture.SiloServices.GetRequiredService<IReminderTable>();
        await _acd.ReadyAgentAsync("8506", "reminder-skill", 5);
        await _acd.QueueSeesReadyAsync("reminder", 1);

        await list.ScheduleAsync("13900139000", Now.AddDays(1), "回访");
        Assert.Contains((await table.ReadRows(list.GetGrainId(), TestContext.Current.CancellationToken)).Reminders, r => r.ReminderName == "callbacks-due");

        fixture.Advance(TimeSpan.FromDays(1));
        await list.RunDueAsync();
        await CallAsync(list, "8506", connected: true, "Answered");
        Assert.DoesNotContain((await table.ReadRows(list.GetGrainId(), TestContext.Current.CancellationToken)).Reminders, r => r.ReminderName == "callbacks-due");
    }

    [Fact]
    public async Task Bad_call_backs_are_refused_by_name()
    {
        var list = await ListAsync("bad");

        var number = await Assert.ThrowsAsync<ArgumentException>(() => list.ScheduleAsync("12;34", Now, "回访"));
        Assert.Contains("12;34", number.Message, StringComparison.Ordinal);
        var queue = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Grains.GetGrain<ICallbackSchedulerGrain>(_acd.Id("no-queue")).ScheduleAsync("13900139000", Now, "回访"));
        Assert.Contains(_acd.Id("no-queue"), queue.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<CallCommandException>(() => list.AcceptAsync("8999"));
        Assert.Empty(await list.GetListAsync());
    }
}
