using Hotline.Grains.Abstractions.Callbacks;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Campaigns;
using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Outbound;

/// <summary>
/// A campaign's progress and a call-back list are stored in the operational store (SQLite here): a silo that stops
/// and a new one on the same store carry on where the first left off.
/// </summary>
[Trait("Category", "Integration")]
public sealed class OutboundPersistenceTests(SqliteFile file) : IClassFixture<SqliteFile>
{
    [Fact]
    public async Task Campaign_progress_and_call_backs_survive_a_silo_restart()
    {
        AcdScenario onFirst;
        string callbackId;
        await using (var first = await TestSilo.StartAsync(file.Store))
        {
            onFirst = new AcdScenario(first.Grains);
            await onFirst.QueueAsync("persist", "persist-skill");
            await onFirst.ReadyAgentAsync("8701", "persist-skill", 5);
            await onFirst.QueueSeesReadyAsync("persist", 1);
            var campaign = first.Grains.GetGrain<ICampaignGrain>(onFirst.Id("campaign"));
            await campaign.CreateAsync(
                new CampaignDefinition { Name = "回访", Queue = onFirst.Id("persist"), Window = new CallingWindow { Opens = new TimeOnly(0, 0), Closes = new TimeOnly(23, 59) } },
                [new CampaignContact("13900139001", "T-9"), new CampaignContact("13900139002")]);
            await campaign.StartAsync();
            // No telephony node runs in this silo: the accepted call fails to start, which is a recorded attempt.
            await campaign.AcceptAsync(onFirst.Id("8701"));
            callbackId = await first.Grains.GetGrain<ICallbackSchedulerGrain>(onFirst.Id("persist"))
                .ScheduleAsync("13900139003", DateTimeOffset.UtcNow.AddDays(1), "回访 T-9", "T-9");
            await first.StopAsync();
        }

        await using var second = await TestSilo.StartAsync(file.Store);
        var onSecond = onFirst.Through(second.Grains);
        var restarted = second.Grains.GetGrain<ICampaignGrain>(onSecond.Id("campaign"));
        var progress = await restarted.GetProgressAsync();

        Assert.Equal(CampaignStatus.Running, progress.Status);
        var attempted = progress.Items.Single(i => i.Attempts.Count > 0);
        var attempt = Assert.Single(attempted.Attempts);
        Assert.Equal(OutboundResult.Failed, attempt.Result);
        Assert.Contains("no telephony node", attempt.Reason, StringComparison.Ordinal);
        Assert.Equal(OutboundItemStatus.Pending, attempted.Status);
        Assert.Equal("T-9", progress.Items[0].TicketNumber);
        await restarted.PauseAsync();
        Assert.Equal(CampaignStatus.Paused, (await restarted.GetProgressAsync()).Status);

        var callbacks = await second.Grains.GetGrain<ICallbackSchedulerGrain>(onSecond.Id("persist")).GetListAsync();
        Assert.Equal(("13900139003", "T-9"), (Assert.Single(callbacks, c => c.Id == callbackId).Number, callbacks[0].TicketNumber));
    }
}
