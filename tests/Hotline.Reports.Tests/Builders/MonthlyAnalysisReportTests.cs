using Hotline.Reports.Builders;
using Hotline.Reports.Charts;
using Hotline.Reports.Data;
using Hotline.Reports.Documents;
using Hotline.Reports.Tests.TestData;

namespace Hotline.Reports.Tests.Builders;

[Trait("Category", "Unit")]
public sealed class MonthlyAnalysisReportTests
{
    private static readonly ReportContext Context = SampleReportData.Context;

    [Fact]
    public void Categories_regions_and_enterprises_carry_month_on_month_and_year_on_year_changes_and_a_total()
    {
        var data = SampleReportData.Monthly(2026, 11) with
        {
            Regions = [new BreakdownRow("城关区", 120, 100, 150), new BreakdownRow("安宁区", 80, 80, null)],
        };

        var table = MonthlyAnalysisReport.Build(data, Context).Table("各区域工单量及同比、环比");

        Assert.Equal(["城关区", "120", "60.0%", "100", "+20.0%", "150", "-20.0%"], table.Row("城关区"));
        Assert.Equal(["安宁区", "80", "40.0%", "80", "持平", "—", "—"], table.Row("安宁区"));
        var total = table.Rows[^1];
        Assert.True(total.Emphasis);
        Assert.Equal(["合计", "200", "100.0%", "180", "+11.1%", "—", "—"], total.Cells);
    }

    [Fact]
    public void The_headline_table_compares_with_last_month_and_last_year()
    {
        var table = MonthlyAnalysisReport.Build(SampleReportData.Monthly(2026, 11), Context).Table("主要指标同比、环比");

        Assert.Equal(["受理工单", "12,480", "11,906", "+4.8%", "13,020", "-4.1%"], table.Row("受理工单"));
        Assert.Equal(["按期办结率", "96.2%", "95.5%", "+0.7 个百分点", "93.1%", "+3.1 个百分点"], table.Row("按期办结率"));
    }

    [Fact]
    public void Every_chart_kind_appears_in_the_monthly_report()
    {
        var charts = MonthlyAnalysisReport.Build(SampleReportData.Monthly(2026, 11), Context).Blocks().OfType<FigureBlock>().Select(f => f.Chart).ToList();

        Assert.Contains(charts, c => c is LineChartSpec);
        Assert.Contains(charts, c => c is BarChartSpec { Horizontal: false });
        Assert.Contains(charts, c => c is BarChartSpec { Horizontal: true });
        Assert.Contains(charts, c => c is HeatMapSpec { RowLabels.Count: 7, ColumnLabels.Count: 24 });
        Assert.Contains(charts, c => c is FunnelChartSpec);
        Assert.Contains(charts, c => c is PieChartSpec { Donut: true });
    }

    [Fact]
    public void Warnings_are_explained_most_serious_first()
    {
        var document = MonthlyAnalysisReport.Build(SampleReportData.Monthly(2026, 11), Context);

        var warnings = document.Table("本月预警");
        Assert.Equal(["网约车投诉量", "预警", "1,208", "980", "+23.3%"], warnings.Rows[0].Cells);
        Assert.Equal(["按期办结率（西固区）", "关注", "91.0%", "95.0%", "-4.0 个百分点"], warnings.Rows[1].Cells);
        Assert.Contains(document.Blocks().OfType<ParagraphBlock>(), p => p.Style == ParagraphStyle.Note && p.Text.StartsWith("【预警】网约车投诉量：连续 3 周", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_month_builds_with_notes_in_place_of_charts()
    {
        var document = MonthlyAnalysisReport.Build(SampleReportData.EmptyMonth(2026, 11), Context);

        Assert.Empty(document.Blocks().OfType<FigureBlock>());
        Assert.Contains("本月无满意度回访数据。", document.Paragraphs());
        Assert.Contains("本月未发现热点问题。", document.Paragraphs());
    }

    [Fact]
    public void A_period_longer_than_a_month_is_refused()
    {
        var data = SampleReportData.Monthly(2026, 11) with { Period = new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30)) };

        var error = Assert.Throws<ReportPeriodException>(() => MonthlyAnalysisReport.Build(data, Context));

        Assert.Equal(ReportPeriodProblem.TooLong, error.Problem);
    }
}
