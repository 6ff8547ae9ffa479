using Hotline.Analytics.Analyses;
using Hotline.Portal.Dashboards;
using Hotline.Portal.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Tests.Dashboards;

/// <summary>Dashboard keys as people read them: ticket types and channels in Chinese from the ticket texts, other keys untouched, the whole named.</summary>
[Trait("Category", "Unit")]
public sealed class DimensionKeyLabelsTests
{
    private static DimensionKeyLabels Labels()
    {
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        return new DimensionKeyLabels(new StringLocalizer<TicketText>(factory));
    }

    [Theory]
    [InlineData(AnalyticsDimension.TicketType, "Complaint", "投诉举报")]
    [InlineData(AnalyticsDimension.Channel, "WeChat", "微信")]
    [InlineData(AnalyticsDimension.Channel, "TransferIn", "转办")]
    [InlineData(AnalyticsDimension.Channel, "fax", "fax")]
    [InlineData(AnalyticsDimension.Category, "Complaint", "Complaint")]
    [InlineData(AnalyticsDimension.Region, "朝阳区", "朝阳区")]
    [InlineData(AnalyticsDimension.None, "", "全部")]
    public void Each_key_reads_as_expected(AnalyticsDimension dimension, string key, string expected) =>
        Assert.Equal(expected, Labels().Of(dimension, key, "全部"));

    [Fact]
    public void The_export_writes_the_label_and_the_page_keeps_the_key_for_the_drill_down()
    {
        var line = ComparisonLine.From(new ComparisonRow("Complaint", 3, 2, 1), "全部") with { Label = "投诉举报" };

        Assert.Equal(("Complaint", "投诉举报"), (line.Key, line.Label));
        Assert.Equal("Complaint", ComparisonLine.From(new ComparisonRow("Complaint", 3, 2, 1), "全部").Label);
        Assert.Equal("/tickets?type=Complaint&from=2026-10-01&to=2026-10-31", TicketDrillDown.For(AnalyticsDimension.TicketType, line.Key, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)));
    }
}
