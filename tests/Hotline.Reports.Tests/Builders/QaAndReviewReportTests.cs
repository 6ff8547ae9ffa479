using Hotline.Reports.Builders;
using Hotline.Reports.Data;
using Hotline.Reports.Documents;
using Hotline.Reports.Tests.TestData;

namespace Hotline.Reports.Tests.Builders;

[Trait("Category", "Unit")]
public sealed class QaAndReviewReportTests
{
    private static readonly ReportContext Context = SampleReportData.Context;
    private static readonly ReportPeriod Week = new(new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 29));

    [Fact]
    public void The_QA_kind_sets_the_title_and_the_longest_period()
    {
        Assert.Equal("质检周报", QaSummaryReport.Build(SampleReportData.Qa(QaPeriodKind.Weekly, Week), Context).Title);

        var error = Assert.Throws<ReportPeriodException>(() => QaSummaryReport.Build(SampleReportData.Qa(QaPeriodKind.Daily, Week), Context));
        Assert.Equal(1, error.MaxDays);
    }

    [Fact]
    public void Agents_are_listed_with_their_team_score_change_and_weakest_item()
    {
        var data = SampleReportData.Qa(QaPeriodKind.Weekly, Week) with
        {
            Agents = [new QaGroupScore("坐席8001", "投诉一组", 12, 78.5, 80.0, 0.75, "身份核实")],
        };

        var table = QaSummaryReport.Build(data, Context).Table("各坐席质检成绩（按平均分由低到高）");

        Assert.Equal(["坐席8001", "投诉一组", "12", "78.5", "80.0", "-1.5 分", "75.0%", "身份核实"], table.Rows.Single().Cells);
    }

    [Fact]
    public void Item_pass_rates_compare_in_percentage_points()
    {
        var data = SampleReportData.Qa(QaPeriodKind.Monthly, ReportPeriod.Month(2026, 11)) with
        {
            Items = [new QaItemResult("身份核实", 200, 180, 0.85)],
        };

        var table = QaSummaryReport.Build(data, Context).Table("各评分项合格率");

        Assert.Equal(["身份核实", "200", "180", "90.0%", "85.0%", "+5.0 个百分点"], table.Rows.Single().Cells);
    }

    [Fact]
    public void The_review_table_weights_each_KPI_and_totals_them()
    {
        var review = SampleReportData.Review(ReportPeriod.Month(2026, 11));

        var document = PerformanceReviewReport.Build(review, Context);

        var table = document.Table("考核指标明细");
        Assert.Equal(["质检平均分", "25.0%", "85.0", "88.6", "86.2", "90.0", "22.5"], table.Row("质检平均分"));
        Assert.Equal(["平均处理时长", "15.0%", "5 分", "4 分 46 秒", "5 分 1 秒", "95.0", "14.3"], table.Row("平均处理时长"));
        var expectedTotal = review.Kpis.Sum(k => k.Weight * k.Score);
        Assert.Equal(FigureText.Score(expectedTotal), table.Rows[^1].Cells[^1]);
        Assert.Equal("第 2 名 / 共 12 人", document.Blocks().OfType<KeyFiguresBlock>().Single().Figures.Single(f => f.Label == "团队排名").Value);
        Assert.Contains(document.Table("各指标的数据来源与依据").Rows, r => r.Cells[1].StartsWith("回访：412 条评价", StringComparison.Ordinal));
    }

    [Fact]
    public void Weights_that_do_not_add_up_to_one_are_refused_naming_the_agent_and_the_sum()
    {
        var review = SampleReportData.Review(ReportPeriod.Month(2026, 11));
        var broken = review with { Kpis = [.. review.Kpis.Skip(1)] };

        var error = Assert.Throws<ArgumentException>(() => PerformanceReviewReport.Build(broken, Context));

        Assert.Contains("张丽", error.Message, StringComparison.Ordinal);
        Assert.Contains("0.75", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_without_a_comment_leaves_room_for_one()
    {
        var review = SampleReportData.Review(ReportPeriod.Month(2026, 11)) with { ReviewerComment = " " };

        var paragraphs = PerformanceReviewReport.Build(review, Context).Paragraphs().ToList();

        Assert.Contains("考核意见：（待填写）", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("被考核人签字", StringComparison.Ordinal));
    }
}
