using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Campaigns;
using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Calls;
using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Outbound;

/// <summary>
/// Campaigns on a cluster with a fake clock (10:00 in Shanghai at the start): progressive pacing by ready agents,
/// preview accept, retry rules, the calling window, pause/resume/stop, and the satisfaction survey after the agent.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CampaignTests(FakeClockClusterFixture fixture) : IClassFixture<FakeClockClusterFixture>
{
    private readonly AcdScenario _acd = new(fixture.Grains);

    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    private static CampaignContact[] Numbers(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new CampaignContact($"1390013900{i}", $"T-{i}"))];

    private async Task<ICampaignGrain> CampaignAsync(string name, CampaignMode mode, int numbers, Func<CampaignDefinition, CampaignDefinition>? tweak = null)
    {
        await _acd.QueueAsync(name, name + "-skill");
        var definition = new CampaignDefinition
        {
            Name = "满意度回访 " + name,
            Queue = _acd.Id(name),
            Mode = mode,
            Retry = new RetryRule { MaxAttempts = 2, Interval = TimeSpan.FromMinutes(30), RetryOn = [OutboundResult.Busy, OutboundResult.NoAnswer] },
        };
        var campaign = fixture.Grains.GetGrain<ICampaignGrain>(_acd.Id(name));
        await campaign.CreateAsync(tweak?.Invoke(definition) ?? definition, Numbers(numbers));
        return campaign;
    }

    /// <summary>Logs the agents in ready with the queue's skill and waits until the queue has heard of them.</summary>
    private async Task<IAgentGrain[]> ReadyAsync(string queue, params string[] extensions)
    {
        var agents = new List<IAgentGrain>();
        foreach (var extension in extensions)
        {
            agents.Add(await _acd.ReadyAgentAsync(extension, queue + "-skill", 5));
        }

        await _acd.QueueSeesReadyAsync(queue, extensions.Length);
        return [.. agents];
    }

    private static async Task<IReadOnlyList<OutboundItem>> InCallAsync(ICampaignGrain campaign) =>
        [.. (await campaign.GetProgressAsync()).Items.Where(i => i.Status == OutboundItemStatus.Dialing)];

    private async Task EndAsync(string callId, bool connected, string reason)
    {
        var call = fixture.Grains.GetGrain<ICallGrain>(callId);
        await call.DialedAsync(connected, reason);
        await call.EndedAsync(new CallEndInfo { At = Now, Reason = "hung up" });
    }

    [Fact]
    public async Task Progressive_mode_dials_one_number_per_ready_agent_and_the_next_when_an_agent_is_free()
    {
        var campaign = await CampaignAsync("progressive", CampaignMode.Progressive, numbers: 3);
        await ReadyAsync("progressive", "8601", "8602");

        await campaign.StartAsync();

        var calling = await InCallAsync(campaign);
        Assert.Equal(["1", "2"], calling.Select(i => i.Id).Order());
        Assert.All(calling, i => Assert.Contains(fixture.Node.Commands, c => c.StartsWith($"dial {i.CallId} ", StringComparison.Ordinal) && c.Contains(i.Number, StringComparison.Ordinal)));
        Assert.Equal(OutboundItemStatus.Pending, (await campaign.GetProgressAsync()).Items.Single(i => i.Id == "3").Status);

        await EndAsync(calling[0].CallId!, connected: true, "Answered");
        await AcdScenario.EventuallyAsync(async () =>
        {
            await campaign.RunDueAsync();
            return (await campaign.GetProgressAsync()).Items.Single(i => i.Id == "3").Status == OutboundItemStatus.Dialing;
        }, "the third number is dialled by the agent who became free");
        Assert.Equal(calling[0].Agent, (await InCallAsync(campaign)).Single(i => i.Id == "3").Agent);
    }

    [Fact]
    public async Task Preview_mode_dials_only_after_the_agent_accepts()
    {
        var campaign = await CampaignAsync("preview", CampaignMode.Preview, numbers: 1);
        var agent = (await ReadyAsync("preview", "8603"))[0];

        await campaign.StartAsync();

        var offer = Assert.IsType<OutboundItem>(await campaign.GetOfferAsync(_acd.Id("8603")));
        Assert.Equal("T-1", offer.TicketNumber);
        Assert.Equal(AgentStatus.Ringing, (await agent.GetSnapshotAsync()).Status);
        Assert.DoesNotContain(fixture.Node.Commands, c => c.StartsWith($"dial {offer.CallId} ", StringComparison.Ordinal));

        var callId = await campaign.AcceptAsync(_acd.Id("8603"));

        Assert.Equal(offer.CallId, callId);
        Assert.Contains(fixture.Node.Commands, c => c == $"dial {callId} {_acd.Id("8603")} {offer.Number} as 12328");
        await EndAsync(callId, connected: true, "Answered");
        var progress = await campaign.GetProgressAsync();
        Assert.Equal(CampaignStatus.Completed, progress.Status);
        Assert.Equal(OutboundResult.Answered, progress.Items[0].LastResult);
    }

    [Fact]
    public async Task Busy_numbers_are_retried_after_the_interval_and_results_the_rule_does_not_retry_end_the_number()
    {
        var campaign = await CampaignAsync("retry", CampaignMode.Progressive, numbers: 2);
        await ReadyAsync("retry", "8604", "8605");
        await campaign.StartAsync();
        var calling = await InCallAsync(campaign);

        await EndAsync(calling.Single(i => i.Id == "1").CallId!, connected: false, "Busy (486): Busy Here");
        await EndAsync(calling.Single(i => i.Id == "2").CallId!, connected: false, "Unreachable (404): Not Found");

        var items = (await campaign.GetProgressAsync()).Items;
        Assert.Equal((OutboundItemStatus.Pending, Now.AddMinutes(30)), (items[0].Status, items[0].DueAt));
        Assert.Equal((OutboundItemStatus.Exhausted, (OutboundResult?)OutboundResult.Failed), (items[1].Status, items[1].LastResult));
        await campaign.RunDueAsync();
        Assert.Empty(await InCallAsync(campaign));

        fixture.Advance(TimeSpan.FromMinutes(30));
        await AcdScenario.EventuallyAsync(async () =>
        {
            await campaign.RunDueAsync();
            return (await InCallAsync(campaign)).Count == 1;
        }, "the busy number is called again");
        await EndAsync((await InCallAsync(campaign))[0].CallId!, connected: false, "Busy (486): Busy Here");

        var progress = await campaign.GetProgressAsync();
        Assert.Equal(2, progress.Count(OutboundItemStatus.Exhausted));
        Assert.Equal(CampaignStatus.Completed, progress.Status);
        Assert.Equal([OutboundResult.Busy, OutboundResult.Busy], progress.Items[0].Attempts.Select(a => a.Result));
    }

    [Fact]
    public async Task Nothing_is_offered_outside_the_calling_window()
    {
        // The clock starts at 10:00 in Shanghai; this campaign calls from 14:00.
        var campaign = await CampaignAsync("window", CampaignMode.Preview, numbers: 1,
            d => d with { Window = new CallingWindow { Opens = new TimeOnly(14, 0), Closes = new TimeOnly(16, 0), TimeZone = "Asia/Shanghai" } });
        fixture.Advance(TimeSpan.FromMinutes(1)); // other tests may have moved the clock: place it before 14:00 again
        var local = TimeZoneInfo.ConvertTime(Now, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        fixture.Advance(TimeSpan.FromDays(1) - local.TimeOfDay + TimeSpan.FromHours(13));
        await ReadyAsync("window", "8606");

        await campaign.StartAsync();
        Assert.Null(await campaign.GetOfferAsync(_acd.Id("8606")));

        fixture.Advance(TimeSpan.FromHours(1));
        await campaign.RunDueAsync();
        Assert.NotNull(await campaign.GetOfferAsync(_acd.Id("8606")));
    }

    [Fact]
    public async Task Pause_withdraws_offers_resume_offers_again_and_stop_cancels_what_is_left()
    {
        var campaign = await CampaignAsync("pause", CampaignMode.Preview, numbers: 2);
        var agent = (await ReadyAsync("pause", "8607"))[0];
        await campaign.StartAsync();
        Assert.NotNull(await campaign.GetOfferAsync(_acd.Id("8607")));

        await campaign.PauseAsync();

        Assert.Null(await campaign.GetOfferAsync(_acd.Id("8607")));
        Assert.Equal(AgentStatus.Ready, (await agent.GetSnapshotAsync()).Status);
        await _acd.QueueSeesReadyAsync("pause", 1);
        await campaign.RunDueAsync();
        Assert.Null(await campaign.GetOfferAsync(_acd.Id("8607")));
        Assert.Equal(CampaignStatus.Paused, (await campaign.GetProgressAsync()).Status);

        await campaign.ResumeAsync();
        Assert.NotNull(await campaign.GetOfferAsync(_acd.Id("8607")));

        await campaign.StopAsync();
        var progress = await campaign.GetProgressAsync();
        Assert.Equal(CampaignStatus.Stopped, progress.Status);
        Assert.Equal(2, progress.Count(OutboundItemStatus.Cancelled));
        Assert.Equal(AgentStatus.Ready, (await agent.GetSnapshotAsync()).Status);
        var refused = await Assert.ThrowsAsync<CallCommandException>(campaign.ResumeAsync);
        Assert.Contains("Stopped", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_in_progress_when_the_campaign_stops_is_recorded_but_not_retried()
    {
        var campaign = await CampaignAsync("stopcall", CampaignMode.Progressive, numbers: 2);
        await ReadyAsync("stopcall", "8609");
        await campaign.StartAsync();
        var inCall = Assert.Single(await InCallAsync(campaign));

        await campaign.StopAsync();
        await EndAsync(inCall.CallId!, connected: false, "Busy (486): Busy Here");

        var progress = await campaign.GetProgressAsync();
        var ended = progress.Items.Single(i => i.Id == inCall.Id);
        Assert.Equal((OutboundItemStatus.Cancelled, (OutboundResult?)OutboundResult.Busy), (ended.Status, ended.LastResult));
        Assert.Equal(2, progress.Count(OutboundItemStatus.Cancelled));
        Assert.Equal(CampaignStatus.Stopped, progress.Status);
    }

    [Fact]
    public async Task A_survey_campaign_keeps_the_citizen_for_the_survey_and_records_its_answer_against_the_ticket()
    {
        var campaign = await CampaignAsync("survey", CampaignMode.Progressive, numbers: 1, d => d with { SurveyAfterAgent = true });
        await ReadyAsync("survey", "8608");
        await campaign.StartAsync();
        var callId = (await InCallAsync(campaign))[0].CallId!;
        var call = fixture.Grains.GetGrain<ICallGrain>(callId);

        await call.DialedAsync(connected: true, "Answered");
        Assert.True(fixture.Node.Received($"keep {callId}"), "the citizen is kept for the survey");
        await call.AgentHungUpAsync(_acd.Id("8608"));
        Assert.True(fixture.Node.Received($"ivr {callId} {CallFlows.Survey}"), "the survey flow runs");
        await call.IvrFinishedAsync(new IvrResult { Kind = IvrResultKind.Survey, Flow = CallFlows.Survey, SurveyScore = 4 });
        await call.EndedAsync(new CallEndInfo { At = Now, Reason = "platform hung up" });

        var survey = Assert.Single(fixture.Events.OfType<SurveyResult>(), s => s.CallId == callId);
        Assert.Equal((4, "T-1", _acd.Id("8608")), (survey.Rating, survey.TicketNumber, survey.AgentId));
        Assert.Equal(OutboundItemStatus.Done, (await campaign.GetProgressAsync()).Items[0].Status);
    }

    [Fact]
    public async Task Bad_campaigns_and_commands_in_the_wrong_state_are_refused_by_name()
    {
        await _acd.QueueAsync("badq", "badq-skill");
        var campaign = fixture.Grains.GetGrain<ICampaignGrain>(_acd.Id("bad"));
        var definition = new CampaignDefinition { Name = "bad", Queue = _acd.Id("badq") };

        var number = await Assert.ThrowsAsync<ArgumentException>(() => campaign.CreateAsync(definition, [new CampaignContact("139;00")]));
        Assert.Contains("139;00", number.Message, StringComparison.Ordinal);
        var queue = await Assert.ThrowsAsync<ArgumentException>(() => campaign.CreateAsync(definition with { Queue = "nowhere-" + _acd.Id("q") }, Numbers(1)));
        Assert.Contains("nowhere-", queue.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<CallCommandException>(campaign.StartAsync);
        await campaign.CreateAsync(definition, Numbers(1));
        await Assert.ThrowsAsync<CallCommandException>(() => campaign.CreateAsync(definition, Numbers(1)));
        var pause = await Assert.ThrowsAsync<CallCommandException>(campaign.PauseAsync);
        Assert.Contains("Draft", pause.Message, StringComparison.Ordinal);
    }
}
