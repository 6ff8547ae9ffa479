using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>The list's channel and creation-date filters on a real store, alone and combined with the other filters.</summary>
[Trait("Category", "Integration")]
public abstract class TicketListFilterContract(TicketClusterFixture fixture)
{
    [Fact]
    public async Task Lists_filter_by_channel_and_creation_range_with_an_exclusive_end()
    {
        var enterprise = "企业-" + Guid.NewGuid().ToString("N")[..8];
        var ct = TestContext.Current.CancellationToken;
        var start = fixture.Clock.GetUtcNow();
        var web = await fixture.Intake.SubmitAsync(TicketFlows.Complaint(enterprise: enterprise) with { Channel = TicketChannel.Web }, ct);
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        var middle = fixture.Clock.GetUtcNow();
        var sms = await fixture.Intake.SubmitAsync(TicketFlows.Complaint(enterprise: enterprise) with { Channel = TicketChannel.Sms }, ct);
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        var lateWeb = await fixture.Intake.SubmitAsync(TicketFlows.Complaint(enterprise: enterprise) with { Channel = TicketChannel.Web }, ct);

        async Task<IEnumerable<string>> ListAsync(TicketListFilter filter) =>
            (await fixture.Queries.ListAsync(filter with { Enterprise = enterprise }, 1, 50, ct)).Items.Select(t => t.Number).Order(StringComparer.Ordinal);

        Assert.Equal(new[] { web.Number, lateWeb.Number }.Order(StringComparer.Ordinal), await ListAsync(new TicketListFilter { Channel = TicketChannel.Web }));
        Assert.Equal([sms.Number], await ListAsync(new TicketListFilter { Channel = TicketChannel.Sms }));
        Assert.Empty(await ListAsync(new TicketListFilter { Channel = TicketChannel.Email }));
        Assert.Equal([sms.Number], await ListAsync(new TicketListFilter { CreatedFrom = middle, CreatedTo = middle.AddHours(2) }));
        Assert.Equal([web.Number], await ListAsync(new TicketListFilter { CreatedFrom = start, CreatedTo = middle }));
        Assert.Equal([lateWeb.Number], await ListAsync(new TicketListFilter { Channel = TicketChannel.Web, CreatedFrom = middle }));
        var page = await fixture.Queries.ListAsync(new TicketListFilter { Enterprise = enterprise, CreatedTo = middle.AddHours(2) }, 1, 1, ct);
        Assert.Equal((2, 1), (page.Total, page.Items.Count));
    }

    [Fact]
    public async Task My_tickets_lists_what_the_handler_accepted_until_it_is_sent_back()
    {
        var ct = TestContext.Current.CancellationToken;
        var handler = new TicketActor("handler-" + Guid.NewGuid().ToString("N")[..8], [PlatformRole.HandlingUnit], "unit-a");
        var kept = await TicketFlows.SubmitAsync(fixture);
        var sentBack = await TicketFlows.SubmitAsync(fixture);
        var someoneElses = await TicketFlows.HandlingAsync(fixture);
        foreach (var ticket in new[] { kept, sentBack })
        {
            await ticket.DispatchAsync(TicketActors.Agent, "unit-a", null);
            var accepted = await ticket.AcceptAsync(handler, null);
            Assert.Equal(handler.Id, accepted.Handler);
        }

        async Task<List<string>> MineAsync(TicketListFilter filter) =>
            [.. (await fixture.Queries.ListAsync(filter with { Handler = handler.Id }, 1, 50, ct)).Items.Select(t => t.Number).Order(StringComparer.Ordinal)];

        Assert.Equal(new[] { kept, sentBack }.Select(t => t.GetPrimaryKeyString()).Order(StringComparer.Ordinal), await MineAsync(new TicketListFilter()));
        Assert.Equal(TicketActors.UnitA.Id, (await someoneElses.GetAsync()).Handler);

        Assert.Null((await sentBack.SendBackAsync(handler, "不属本单位")).Handler);
        await sentBack.DispatchAsync(TicketActors.Agent, "unit-b", "改派");
        Assert.Equal(TicketActors.UnitB.Id, (await sentBack.AcceptAsync(TicketActors.UnitB, null)).Handler);
        var replied = await kept.ReplyAsync(handler, "已处理", null);

        Assert.Equal(handler.Id, replied.Handler);
        Assert.Equal([kept.GetPrimaryKeyString()], await MineAsync(new TicketListFilter()));
        Assert.Empty(await MineAsync(new TicketListFilter { States = [TicketState.Handling] }));
        var listed = (await fixture.Queries.ListAsync(new TicketListFilter { Handler = handler.Id }, 1, 50, ct)).Items.Single();
        Assert.Equal(handler.Id, listed.Handler);
    }
}
