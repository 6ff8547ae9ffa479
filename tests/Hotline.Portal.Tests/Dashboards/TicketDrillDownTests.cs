using Hotline.Analytics.Analyses;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Components.Pages.Tickets;
using Hotline.Portal.Dashboards;

namespace Hotline.Portal.Tests.Dashboards;

/// <summary>下钻 addresses and their reading by the ticket list: what each dimension becomes, and that the list reads back exactly what the dashboard wrote.</summary>
[Trait("Category", "Unit")]
public sealed class TicketDrillDownTests
{
    private static readonly DateOnly s_from = new(2026, 11, 1);
    private static readonly DateOnly s_until = new(2026, 11, 7);

    private static readonly TicketCategory[] s_tree =
    [
        new("urban", null, "城市客运", null, true), new("urban.taxi", "urban", "出租汽车", 48, true), new("road", null, "道路运输", null, true),
        new("road.taxi", "road", "出租汽车", null, true),
    ];

    [Theory]
    [InlineData(AnalyticsDimension.Subcategory, "城市客运/出租汽车", "category", "urban.taxi")]
    [InlineData(AnalyticsDimension.Subcategory, "道路运输/出租汽车", "category", "road.taxi")]
    [InlineData(AnalyticsDimension.Category, "城市客运", "category", "urban")]
    [InlineData(AnalyticsDimension.TicketType, "Complaint", "type", "Complaint")]
    [InlineData(AnalyticsDimension.Channel, "wechat", "channel", "WeChat")]
    [InlineData(AnalyticsDimension.Enterprise, "北京出租二公司", "q", "北京出租二公司")]
    [InlineData(AnalyticsDimension.Plate, "京B20002", "q", "京B20002")]
    public void What_the_dashboard_writes_the_list_reads_back_as_the_same_filter(AnalyticsDimension dimension, string key, string field, string expected)
    {
        var address = TicketDrillDown.For(dimension, key, s_from, s_until)!;
        var (filter, unread) = Read(address).ToFilter(s_tree);

        Assert.Empty(unread);
        var value = field switch
        {
            "category" => filter.CategoryCode,
            "type" => filter.Type?.ToString(),
            "channel" => filter.Channel?.ToString(),
            _ => filter.Keywords,
        };
        Assert.Equal(expected, value);
        Assert.Equal((new DateTime(2026, 11, 1), new DateTime(2026, 11, 7)), (filter.From, filter.To));
    }

    [Theory]
    [InlineData(AnalyticsDimension.Region, "朝阳区")]
    [InlineData(AnalyticsDimension.Industry, "城市客运")]
    [InlineData(AnalyticsDimension.Queue, "complaints")]
    [InlineData(AnalyticsDimension.Category, "")]
    [InlineData(AnalyticsDimension.TicketType, "投诉举报")]
    public void A_key_the_list_cannot_filter_by_has_no_link(AnalyticsDimension dimension, string key) =>
        Assert.Null(TicketDrillDown.For(dimension, key, s_from, s_until));

    [Fact]
    public void Keywords_travel_as_one_search_over_the_range()
    {
        var (filter, unread) = Read(TicketDrillDown.ForKeywords(["拒载", "绕路"], s_from, s_until)).ToFilter(s_tree);

        Assert.Empty(unread);
        Assert.Equal("拒载 绕路", filter.Keywords);
        Assert.True(filter.NeedsSearch);
    }

    [Fact]
    public void Values_the_list_cannot_read_are_named()
    {
        var (filter, unread) = new TicketListAddress("城市客运/地铁", "Weekly", "fax", null, "2026-02-30", "2026-11-07").ToFilter(s_tree);

        Assert.Equal(["category", "type", "channel", "from"], unread);
        Assert.Null(filter.CategoryCode);
        Assert.Equal(new DateTime(2026, 11, 7), filter.To);
    }

    // Reads an address the way the page's [SupplyParameterFromQuery] properties do.
    private static TicketListAddress Read(string address)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://portal" + address).Query);
        string? Get(string name) => query.TryGetValue(name, out var v) ? v.ToString() : null;
        return new TicketListAddress(Get("category"), Get("type"), Get("channel"), Get("q"), Get("from"), Get("to"));
    }
}
