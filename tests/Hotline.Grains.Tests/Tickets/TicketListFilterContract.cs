using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets;
using Hotline.Grains.Tickets.Store;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>The list's channel, creation-date, handler and category filters on a real store, alone and combined with the other filters.</summary>
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

    [Fact]
    public async Task A_category_lists_its_own_and_its_sub_categories_tickets_in_deadline_order_whether_rare_or_common()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = "t" + Guid.NewGuid().ToString("N")[..8];
        var (common, rare, neighbour) = (root + ".common", root + ".rare", root + "x");
        // One more than the plan's limit makes the common sub-category take the list-order path, the others the index path.
        var counts = new Dictionary<string, int> { [common] = TicketCategoryListPlan.RareUpTo + 1, [rare] = 3, [root] = 1, [neighbour] = 2 };
        var random = new Random(5);
        await using (var db = fixture.CreateDbContext())
        {
            foreach (var (code, count) in counts)
            {
                for (var i = 0; i < count; i++)
                {
                    db.Add(new TicketRecord
                    {
                        Number = $"C-{root}-{code.Length}-{i}", Type = nameof(TicketType.Complaint), CategoryCode = code, Channel = nameof(TicketChannel.Web),
                        Description = "分类列表", State = nameof(TicketState.Closed), DeadlineUnixMs = random.Next(1, 1_000_000), Enterprise = root, Version = 1,
                    });
                }
            }
            await db.SaveChangesAsync(ct);
        }

        async Task<(List<long> Deadlines, int Total)> ListAsync(string code)
        {
            var page = await fixture.Queries.ListAsync(new TicketListFilter { CategoryCode = code }, 1, 50, ct);
            var deadlines = new List<long>();
            foreach (var item in page.Items)
            {
                Assert.StartsWith($"C-{root}-", item.Number, StringComparison.Ordinal);
                deadlines.Add(item.Deadline.ToUnixTimeMilliseconds());
            }
            return (deadlines, page.Total);
        }

        var commonList = await ListAsync(common);
        Assert.Equal((50, TicketCategoryListPlan.RareUpTo + 1), (commonList.Deadlines.Count, commonList.Total));
        Assert.Equal(commonList.Deadlines.Order(), commonList.Deadlines);
        var rareList = await ListAsync(rare);
        Assert.Equal(3, rareList.Total);
        Assert.Equal(rareList.Deadlines.Order(), rareList.Deadlines);
        // The root takes its sub-categories and itself, but not a code that merely starts with the same letters.
        Assert.Equal(TicketCategoryListPlan.RareUpTo + 1 + 3 + 1, (await ListAsync(root)).Total);
        Assert.Equal(2, (await ListAsync(neighbour)).Total);
        var rareDeadlines = await SmallestDeadlinesAsync(rare, 3);
        Assert.Equal(rareDeadlines, rareList.Deadlines);
        Assert.Equal(await SmallestDeadlinesAsync(common, 50), commonList.Deadlines);
    }

    private async Task<List<long>> SmallestDeadlinesAsync(string code, int count)
    {
        await using var db = fixture.CreateDbContext();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Set<TicketRecord>().Where(t => t.CategoryCode == code).OrderBy(t => t.DeadlineUnixMs).ThenBy(t => t.Id).Select(t => t.DeadlineUnixMs).Take(count),
            TestContext.Current.CancellationToken);
    }
}
