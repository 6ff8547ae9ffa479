using Hotline.Reports.Builders;
using Hotline.Reports.Data;
using Hotline.Reports.Documents;
using Hotline.Reports.Tests.TestData;

namespace Hotline.Reports.Tests.Pdf;

[Trait("Category", "Integration")]
public sealed class PdfReportTests(ReportWriterFixture fixture)
{
    private const string ClosingMarks = "，。、；：？！）」』】》”";
    private static readonly ReportContext Context = SampleReportData.Context;
    private static readonly DateOnly Day = new(2026, 11, 27);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Task<GeneratedPdf> WriteAsync(ReportDocument document, string name) => GeneratedPdf.WriteAsync(fixture, document, name, Token);

    // pdftotext infers spaces from glyph gaps and drops the narrow ones between Chinese characters, so page numbers
    // are compared with whitespace removed on both sides.
    private static void AssertPageNumbers(GeneratedPdf pdf)
    {
        for (var i = 0; i < pdf.Pages.Count; i++)
            Assert.Contains(Squeeze($"第 {i + 1} 页 / 共 {pdf.Pages.Count} 页"), Squeeze(pdf.Pages[i]), StringComparison.Ordinal);
        Assert.DoesNotContain(Squeeze($"第 {pdf.Pages.Count + 1} 页"), Squeeze(pdf.AllText), StringComparison.Ordinal);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static void AssertNoLineStartsWithClosingMark(GeneratedPdf pdf)
    {
        var lines = pdf.Pages.SelectMany(p => p.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0);
        Assert.All(lines, l => Assert.DoesNotContain(l[0], ClosingMarks));
    }

    [Fact]
    public async Task The_daily_report_is_searchable_Chinese_text_with_page_numbers()
    {
        var pdf = await WriteAsync(DailyOperationsReport.Build(SampleReportData.Daily(Day), Context), "daily-operations");

        Assert.Contains("热线运营日报", pdf.Pages[0], StringComparison.Ordinal);
        Assert.Contains("统计日期：2026年11月27日（星期五）", pdf.Pages[0], StringComparison.Ordinal);
        Assert.Contains("一、运营概况", pdf.Pages[0], StringComparison.Ordinal);
        Assert.Contains(Squeeze("本日共受理来电 1,234 次，接通 1,176 次"), Squeeze(pdf.AllText), StringComparison.Ordinal);
        Assert.Contains("主要指标与前日、上周同日对比", pdf.AllText, StringComparison.Ordinal);
        Assert.Contains("五、重要事项", pdf.AllText, StringComparison.Ordinal);
        Assert.True(pdf.Pages.Count >= 2);
        AssertPageNumbers(pdf);
        AssertNoLineStartsWithClosingMark(pdf);
    }

    [Fact]
    public async Task A_table_running_over_pages_repeats_its_caption_and_header_row_on_the_next_page()
    {
        var data = SampleReportData.Qa(QaPeriodKind.Monthly, ReportPeriod.Month(2026, 11), agents: 120);

        var pdf = await WriteAsync(QaSummaryReport.Build(data, Context), "qa-monthly");

        var continued = pdf.Pages.Select((text, index) => (text, index)).Where(p => p.text.Contains("各坐席质检成绩（按平均分由低到高）（续）", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(continued);
        foreach (var (text, _) in continued)
        {
            Assert.Contains("主要失分项", text, StringComparison.Ordinal);
            Assert.Contains("坐席8", text, StringComparison.Ordinal);
        }

        // Every agent row is printed exactly once (agents named in typical cases appear there too, so they are left out).
        var agentNames = data.Agents.Select(a => a.Name).Except(data.Cases.Select(c => c.Agent)).ToList();
        Assert.All(agentNames, name => Assert.Equal(1, CountOf(pdf.AllText, name + "\n") + CountOf(pdf.AllText, name + " ")));
        AssertPageNumbers(pdf);
        AssertNoLineStartsWithClosingMark(pdf);
    }

    [Fact]
    public async Task Fonts_are_embedded_as_subsets_and_the_file_stays_small()
    {
        var pdf = await WriteAsync(MonthlyAnalysisReport.Build(SampleReportData.Monthly(2026, 11), Context), "monthly-analysis");

        var fonts = (await PopplerTool.RunAsync("pdffonts", [pdf.Path], Token)).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line =>
        {
            Assert.Matches(@"^[A-Z]{6}\+Noto Sans SC", line);
            Assert.Matches(@"\s+yes\s+yes\s+yes\s+", line);
        });
        // The regular face alone is over 10 MB; a subset with every chart image stays under the 2 MB target.
        Assert.InRange(pdf.Size, 50_000, 2_000_000);
        Assert.Contains("月度分析报告", pdf.Pages[0], StringComparison.Ordinal);
        Assert.Contains("三、话务分布与工单流转", pdf.AllText, StringComparison.Ordinal);
        Assert.Contains("网约车异地接单", pdf.AllText, StringComparison.Ordinal);
        AssertPageNumbers(pdf);
        AssertNoLineStartsWithClosingMark(pdf);
    }

    [Fact]
    public async Task Every_chart_is_embedded_as_a_high_resolution_image()
    {
        var document = MonthlyAnalysisReport.Build(SampleReportData.Monthly(2026, 11), Context);
        var pdf = await WriteAsync(document, "monthly-analysis-images");

        var images = (await PopplerTool.RunAsync("pdfimages", ["-list", pdf.Path], Token)).Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(c => c[2] == "image").ToList();

        Assert.Equal(document.Sections.SelectMany(s => s.Blocks).OfType<FigureBlock>().Count(), images.Count);
        // Columns: page num type width height color comp bpc enc interp object ID x-ppi y-ppi ...
        Assert.All(images, c => Assert.True(int.Parse(c[12], System.Globalization.CultureInfo.InvariantCulture) >= 200, $"chart on page {c[0]} is only {c[12]} ppi"));
    }

    [Fact]
    public async Task The_performance_review_and_QA_summaries_read_back()
    {
        var review = await WriteAsync(PerformanceReviewReport.Build(SampleReportData.Review(ReportPeriod.Month(2026, 11)), Context), "performance-review");
        var daily = await WriteAsync(QaSummaryReport.Build(SampleReportData.Qa(QaPeriodKind.Daily, ReportPeriod.Day(Day), agents: 8), Context), "qa-daily");

        Assert.Contains("绩效考核表", review.Pages[0], StringComparison.Ordinal);
        Assert.Contains("张丽", review.Pages[0], StringComparison.Ordinal);
        Assert.Contains("加权得分", review.AllText, StringComparison.Ordinal);
        Assert.Contains(Squeeze("第 2 名 / 共 12 人"), Squeeze(review.AllText), StringComparison.Ordinal);
        Assert.Contains("质检日报", daily.Pages[0], StringComparison.Ordinal);
        Assert.Contains("校准记录", daily.AllText, StringComparison.Ordinal);
        AssertPageNumbers(review);
        AssertPageNumbers(daily);
    }

    [Fact]
    public async Task A_period_without_data_still_gives_a_readable_report()
    {
        var pdf = await WriteAsync(MonthlyAnalysisReport.Build(SampleReportData.EmptyMonth(2026, 11), Context), "monthly-empty");

        Assert.Contains("本月无满意度回访数据。", pdf.AllText, StringComparison.Ordinal);
        Assert.Contains("（无数据）", pdf.AllText, StringComparison.Ordinal);
        Assert.Equal(string.Empty, (await PopplerTool.RunAsync("pdfimages", ["-list", pdf.Path], Token)).Split('\n').Skip(2).FirstOrDefault(l => l.Trim().Length > 0) ?? string.Empty);
        AssertPageNumbers(pdf);
    }

    [Fact]
    public async Task The_first_page_of_each_report_is_rendered_for_people_to_look_at()
    {
        await WriteAsync(DailyOperationsReport.Build(SampleReportData.Daily(Day), Context), "daily-preview");

        var png = new FileInfo(Path.Combine(fixture.ArtefactFolder, "daily-preview.png"));
        Assert.True(png.Exists);
        Assert.True(png.Length > 20_000, $"page image is only {png.Length} bytes");
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
