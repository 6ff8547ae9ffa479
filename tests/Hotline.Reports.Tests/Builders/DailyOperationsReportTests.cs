using Hotline.Reports.Builders;
using Hotline.Reports.Charts;
using Hotline.Reports.Data;
using Hotline.Reports.Documents;
using Hotline.Reports.Tests.TestData;

namespace Hotline.Reports.Tests.Builders;

[Trait("Category", "Unit")]
public sealed class DailyOperationsReportTests
{
    private static readonly DateOnly Day = new(2026, 11, 27);
    private static readonly ReportContext Context = SampleReportData.Context;

    [Fact]
    public void The_comparison_table_sets_each_figure_against_the_previous_day_and_the_same_day_last_week()
    {
        var data = SampleReportData.Daily(Day) with
        {
            Calls = new CallFigures(1100, 1045, 55, 990, 20, 12, 285),
            PreviousDay = new CallFigures(1000, 930, 70, 850, 20, 14, 280),
            SameDayLastWeek = new CallFigures(1100, 1034, 66, 935, 20, 13, 300),
        };

        var document = DailyOperationsReport.Build(data, Context);

        var table = document.Table("主要指标与前日、上周同日对比");
        Assert.Equal(["来电量", "1,100", "1,000", "+10.0%", "1,100", "持平"], table.Row("来电量"));
        Assert.Equal(["接通率", "95.0%", "93.0%", "+2.0 个百分点", "94.0%", "+1.0 个百分点"], table.Row("接通率"));
        Assert.Equal(["平均应答时长", "12 秒", "14 秒", "-2 秒", "13 秒", "-1 秒"], table.Row("平均应答时长"));
        Assert.Equal(["20 秒服务水平", "90.0%", "85.0%", "+5.0 个百分点", "85.0%", "+5.0 个百分点"], table.Row("20 秒服务水平"));
    }

    [Fact]
    public void Headline_figures_judge_fewer_abandoned_calls_as_better()
    {
        var data = SampleReportData.Daily(Day) with
        {
            Calls = new CallFigures(1100, 1045, 55, 990, 20, 12, 285),
            PreviousDay = new CallFigures(1000, 930, 70, 850, 20, 14, 280),
        };

        var figures = DailyOperationsReport.Build(data, Context).Blocks().OfType<KeyFiguresBlock>().Single().Figures;

        var abandoned = figures.Single(f => f.Label == "放弃量");
        Assert.Equal("55", abandoned.Value);
        Assert.Equal("较前日 -21.4%", abandoned.Change);
        Assert.Equal(Trend.Better, abandoned.Trend);
    }

    [Fact]
    public void Hourly_traffic_is_charted_as_a_line_against_last_week_and_as_stacked_answered_and_unanswered_bars()
    {
        var document = DailyOperationsReport.Build(SampleReportData.Daily(Day), Context);

        var charts = document.Blocks().OfType<FigureBlock>().Select(f => f.Chart).ToList();
        var line = Assert.Single(charts.OfType<LineChartSpec>());
        Assert.Equal(24, line.XLabels.Count);
        Assert.Equal(["本日", "上周同日"], line.Series.Select(s => s.Name));
        var stacked = charts.OfType<BarChartSpec>().Single(c => c.Arrangement == BarArrangement.Stacked);
        var data = SampleReportData.Daily(Day);
        Assert.Equal(data.Hours.Select(h => (double)h.Offered), stacked.Series[0].Values.Zip(stacked.Series[1].Values, (a, b) => a + b));
    }

    [Fact]
    public void Events_are_listed_in_time_order_with_their_level()
    {
        var table = DailyOperationsReport.Build(SampleReportData.Daily(Day), Context).Table("重要事项");

        Assert.Equal(["09:30", "14:05"], table.Rows.Select(r => r.Cells[0]));
        Assert.Equal("预警", table.Rows[0].Cells[1]);
    }

    [Fact]
    public void A_day_without_data_says_so_instead_of_drawing_empty_charts()
    {
        var document = DailyOperationsReport.Build(SampleReportData.EmptyDay(Day), Context);

        Assert.Empty(document.Blocks().OfType<FigureBlock>());
        Assert.Contains("本日无来电记录。", document.Paragraphs().First(), StringComparison.Ordinal);
        Assert.Contains("本日无分时段话务数据。", document.Paragraphs());
        Assert.Contains("本日无重要事项。", document.Paragraphs());
        Assert.Equal("—", document.Table("主要指标与前日、上周同日对比").Row("接通率")[1]);
    }
}
