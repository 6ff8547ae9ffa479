using Hotline.Analytics.Analyses;
using Hotline.Portal.Dashboards;
using Hotline.Portal.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace Hotline.Portal.Tests.Dashboards;

/// <summary>The dashboard's Excel export, read back with MiniExcel: Chinese headers, one row per line, a header row even for an empty period.</summary>
[Trait("Category", "Unit")]
public sealed class DashboardWorkbookTests
{
    private static readonly DashboardRequest Request = new(AnalyticsMeasure.Tickets, AnalyticsDimension.Category, PeriodUnit.Month, new DateOnly(2026, 10, 1));

    private static DashboardWorkbook Workbook()
    {
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        return new DashboardWorkbook(new StringLocalizer<DashboardText>(factory));
    }

    private static List<IDictionary<string, object>> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return [.. stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>()];
    }

    [Fact]
    public void Each_line_is_a_row_under_chinese_headers()
    {
        var view = new DashboardView(Request, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31),
            [ComparisonLine.From(new ComparisonRow("出租车", 125, 100, 250), "全部"), ComparisonLine.From(new ComparisonRow("公交", 40, 0, 50), "全部")], []);

        var rows = Read(Workbook().Write(view));

        Assert.Equal(2, rows.Count);
        Assert.Equal(["维度值", "本期", "上期", "环比", "去年同期", "同比"], rows[0].Keys);
        Assert.Equal("出租车", rows[0]["维度值"]);
        Assert.Equal(125.0, Convert.ToDouble(rows[0]["本期"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("+25.0%", rows[0]["环比"]);
        Assert.Equal(("—", "-20.0%"), (rows[1]["环比"], rows[1]["同比"]));
    }

    [Fact]
    public void An_empty_period_still_has_its_header_row()
    {
        var bytes = Workbook().Write(new DashboardView(Request, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), [], []));

        using var stream = new MemoryStream(bytes);
        var header = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().First();
        Assert.Equal(["维度值", "本期", "上期", "环比", "去年同期", "同比"], header.Values.Select(v => v?.ToString()));
    }
}
