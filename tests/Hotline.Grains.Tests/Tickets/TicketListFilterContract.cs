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
}
