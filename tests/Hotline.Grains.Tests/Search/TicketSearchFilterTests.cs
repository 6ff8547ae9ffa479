using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tests.Tickets;

namespace Hotline.Grains.Tests.Search;

/// <summary>Search filters (state, type, channel, category subtree, unit, phone, date range), paging, and the index following workflow changes.</summary>
[Trait("Category", "Integration")]
public sealed class TicketSearchFilterTests(TicketClusterFixture cluster) : IClassFixture<TicketClusterFixture>, IDisposable
{
    private readonly TicketSearchHost _host = new(cluster);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Filters_narrow_a_text_search_by_state_unit_type_channel_and_category()
    {
        var ct = TestContext.Current.CancellationToken;
        var unit = "unit-" + Guid.NewGuid().ToString("N")[..8];
        var dispatched = await SubmitAsync("公交站台积水严重，乘客滑倒。", TicketChannel.Web, "urban.bus");
        await cluster.Grains.GetGrain<ITicketGrain>(dispatched).DispatchAsync(TicketActors.Agent, unit, null);
        var wechat = await SubmitAsync("公交站台积水严重，老人无法上车。", TicketChannel.WeChat, "urban.bus");
        var taxi = await SubmitAsync("出租车在公交站台违规停车揽客。", TicketChannel.Phone, "urban.taxi.refusal");
        var enquiry = await SubmitAsync("请问公交站台什么时候修好？", TicketChannel.Sms, null, TicketType.Enquiry);
        await _host.Index.CatchUpAsync(ct);

        Assert.Equal([dispatched], await NumbersAsync(new TicketSearchQuery { Text = "公交", UnitId = unit }));
        Assert.Equal([dispatched], await NumbersAsync(new TicketSearchQuery { Text = "积水", States = [TicketState.Dispatched] }));
        Assert.Equal([wechat], await NumbersAsync(new TicketSearchQuery { Text = "积水", Channels = [TicketChannel.WeChat] }));
        Assert.Equal([taxi], await NumbersAsync(new TicketSearchQuery { Text = "站台", CategoryCode = "urban.taxi" }));
        Assert.Equal([enquiry], await NumbersAsync(new TicketSearchQuery { Text = "站台", Types = [TicketType.Enquiry] }));
        Assert.Equal(new[] { dispatched, wechat, taxi }.Order(StringComparer.Ordinal),
            (await NumbersAsync(new TicketSearchQuery { Text = "站台", CategoryCode = "urban" })).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Mine_narrows_a_search_to_the_tickets_the_handler_accepted()
    {
        var ct = TestContext.Current.CancellationToken;
        var handler = new TicketActor("handler-" + Guid.NewGuid().ToString("N")[..8], [PlatformRole.HandlingUnit], "unit-a");
        var mine = await SubmitAsync("地铁扶梯突然反转，夹伤乘客。", TicketChannel.Web, "urban.bus");
        var others = await SubmitAsync("地铁扶梯突然反转，儿童摔倒。", TicketChannel.Web, "urban.bus");
        foreach (var (number, actor) in new[] { (mine, handler), (others, TicketActors.UnitA) })
        {
            var grain = cluster.Grains.GetGrain<ITicketGrain>(number);
            await grain.DispatchAsync(TicketActors.Agent, "unit-a", null);
            await grain.AcceptAsync(actor, null);
        }
        await _host.Index.CatchUpAsync(ct);

        Assert.Equal([mine], await NumbersAsync(new TicketSearchQuery { Text = "扶梯 反转", Handler = handler.Id }));
        Assert.Equal(2, (await NumbersAsync(new TicketSearchQuery { Text = "扶梯 反转", UnitId = "unit-a" })).Intersect([mine, others]).Count());
    }

    [Fact]
    public async Task Phone_and_date_range_filter_and_an_empty_text_lists_newest_first_in_pages()
    {
        var ct = TestContext.Current.CancellationToken;
        var phone = TicketFlows.UniquePhone();
        var numbers = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            numbers.Add((await cluster.Intake.SubmitAsync(TicketFlows.Complaint($"第{i}次投诉：司机不打表。", phone), ct)).Number);
            cluster.Clock.Advance(TimeSpan.FromHours(1));
        }
        await _host.Index.CatchUpAsync(ct);
        var from = cluster.Clock.GetUtcNow() - TimeSpan.FromHours(4); // the 2nd ticket's creation, inclusive

        var first = await _host.Search.SearchAsync(new TicketSearchQuery { CitizenPhone = phone, PageSize = 2 }, ct);
        var third = await _host.Search.SearchAsync(new TicketSearchQuery { CitizenPhone = phone, PageSize = 2, Page = 3 }, ct);
        var window = await NumbersAsync(new TicketSearchQuery { CitizenPhone = phone, CreatedFrom = from, CreatedTo = from + TimeSpan.FromHours(2) });

        Assert.Equal(5, first.Total);
        Assert.Equal([numbers[4], numbers[3]], first.Items.Select(h => h.Ticket.Number));
        Assert.Equal([numbers[0]], third.Items.Select(h => h.Ticket.Number));
        Assert.Equal([numbers[2], numbers[1]], window);
        Assert.Equal(3, (await NumbersAsync(new TicketSearchQuery { Text = "不打表", CitizenPhone = phone, CreatedFrom = from - TimeSpan.FromHours(1), CreatedTo = from + TimeSpan.FromHours(2) })).Count);
    }

    [Fact]
    public async Task A_reply_and_a_state_change_are_searchable_after_the_index_catches_up()
    {
        var ct = TestContext.Current.CancellationToken;
        var ticket = await TicketFlows.HandlingAsync(cluster, TicketFlows.Complaint("夜间公交末班车提前发车。"));
        await _host.Index.CatchUpAsync(ct);
        var reply = "已责令车队整改并对驾驶员罚款" + Guid.NewGuid().ToString("N")[..4];
        Assert.Empty(await NumbersAsync(new TicketSearchQuery { Text = "整改 罚款", States = [TicketState.Replied] }));

        await ticket.ReplyAsync(TicketActors.UnitA, reply, null);
        var reindexed = await _host.Index.CatchUpAsync(ct);

        Assert.Equal(1, reindexed);
        var hit = Assert.Single((await _host.Search.SearchAsync(new TicketSearchQuery { Text = "整改 罚款", States = [TicketState.Replied] }, ct)).Items);
        Assert.Equal(ticket.GetPrimaryKeyString(), hit.Ticket.Number);
        Assert.Contains(hit.Highlights, h => h.Contains("<em>整改</em>", StringComparison.Ordinal));
    }

    private async Task<string> SubmitAsync(string description, TicketChannel channel, string? category, TicketType type = TicketType.Complaint)
    {
        var submission = TicketFlows.Complaint(description) with { Channel = channel, CategoryCode = category, Type = type };
        return (await cluster.Intake.SubmitAsync(submission, TestContext.Current.CancellationToken)).Number;
    }

    private async Task<List<string>> NumbersAsync(TicketSearchQuery query) =>
        [.. (await _host.Search.SearchAsync(query with { PageSize = 50 }, TestContext.Current.CancellationToken)).Items.Select(h => h.Ticket.Number)];
}
