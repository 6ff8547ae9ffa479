using Hotline.Grains.Abstractions.Callbacks;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Tests.Support;

namespace Hotline.Grains.Tests.Outbound;

/// <summary>A silo without a reminder service still runs call-back lists (a timer wakes them instead).</summary>
[Trait("Category", "Integration")]
public sealed class NoReminderServiceTests(NoRemindersClusterFixture fixture) : IClassFixture<NoRemindersClusterFixture>
{
    [Fact]
    public async Task A_call_back_is_scheduled_and_offered_without_a_reminder_service()
    {
        var acd = new AcdScenario(fixture.Grains);
        await acd.QueueAsync("plain", "plain-skill");
        await acd.ReadyAgentAsync("8801", "plain-skill", 5);
        await acd.QueueSeesReadyAsync("plain", 1);
        var list = fixture.Grains.GetGrain<ICallbackSchedulerGrain>(acd.Id("plain"));

        var id = await list.ScheduleAsync("13900139000", DateTimeOffset.UtcNow, "回访");

        Assert.Equal(id, (await list.GetOfferAsync(acd.Id("8801")))?.Id);
        Assert.Equal(OutboundItemStatus.Offered, (await list.GetListAsync())[0].Status);
    }
}
