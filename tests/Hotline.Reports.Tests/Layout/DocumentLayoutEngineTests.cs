using Hotline.Reports.Charts;
using Hotline.Reports.Documents;
using Hotline.Reports.Layout;

namespace Hotline.Reports.Tests.Layout;

[Trait("Category", "Unit")]
public sealed class DocumentLayoutEngineTests
{
    private static readonly DateTimeOffset Generated = new(2026, 11, 28, 8, 0, 0, TimeSpan.FromHours(8));
    private readonly DocumentLayoutEngine _engine = new(new FixedWidthMeasurer());

    private static ReportDocument Document(params ReportSection[] sections) =>
        new("测试报告", "统计日期：2026年11月27日", "12328 交通运输服务监督热线", Generated, sections);

    private static TableBlock Table(int rows) => new("坐席工作量",
        [new TableColumn("坐席"), new TableColumn("接听量", 1, CellAlignment.Right)],
        [.. Enumerable.Range(1, rows).Select(i => new TableRow([$"坐席{i:000}", (i * 7).ToString(System.Globalization.CultureInfo.InvariantCulture)]))]);

    private static IReadOnlyList<PlacedText> Texts(LaidOutPage page) => [.. page.Items.OfType<PlacedText>()];

    [Fact]
    public void Every_page_has_the_footer_with_its_number_and_the_total()
    {
        var laidOut = _engine.Layout(Document(new ReportSection("明细", [Table(120)])));

        Assert.True(laidOut.Pages.Count >= 3);
        foreach (var page in laidOut.Pages)
            Assert.Contains(Texts(page), t => t.Text == $"第 {page.Number} 页 / 共 {laidOut.Pages.Count} 页");
    }

    [Fact]
    public void A_long_table_continues_on_the_next_page_under_its_caption_and_header_row()
    {
        var laidOut = _engine.Layout(Document(new ReportSection("明细", [Table(120)])));

        var first = Texts(laidOut.Pages[0]);
        var second = Texts(laidOut.Pages[1]);
        Assert.Contains(first, t => t.Text == "表 1 坐席工作量");
        Assert.Contains(second, t => t.Text == "表 1 坐席工作量（续）");
        var header = second.Single(t => t.Text == "坐席");
        var firstRowOnPage2 = second.Where(t => t.Text.StartsWith("坐席0", StringComparison.Ordinal)).MinBy(t => t.Top)!;
        Assert.True(header.Top < firstRowOnPage2.Top, "the header row is above the rows it heads");
        Assert.True(header.Style.Bold);
        // Every row appears exactly once across the pages, in order.
        var rows = laidOut.Pages.SelectMany(Texts).Where(t => t.Text.StartsWith("坐席0", StringComparison.Ordinal) || t.Text.StartsWith("坐席1", StringComparison.Ordinal)).Select(t => t.Text).ToList();
        Assert.Equal(Enumerable.Range(1, 120).Select(i => $"坐席{i:000}"), rows);
    }

    [Fact]
    public void Nothing_is_placed_below_the_body_or_above_it_except_the_running_header_and_footer()
    {
        var geometry = PageGeometry.A4;
        var laidOut = _engine.Layout(Document(new ReportSection("明细", [Table(120), new ParagraphBlock(string.Concat(Enumerable.Repeat("长段落文字，", 400)))])));

        foreach (var page in laidOut.Pages)
        {
            var body = Texts(page).Where(t => !t.Text.StartsWith("第 ", StringComparison.Ordinal) && t.Text != "测试报告" && t.Text != "12328 交通运输服务监督热线");
            Assert.All(body, t => Assert.InRange(t.Top, geometry.MarginTop - 0.01, geometry.BodyBottom - 14));
        }
    }

    [Fact]
    public void A_row_taller_than_a_page_continues_line_by_line()
    {
        var tall = new TableBlock("超长单元格", [new TableColumn("编号"), new TableColumn("内容", 6)],
            [new TableRow(["A1", string.Join('\n', Enumerable.Range(1, 80).Select(i => $"第{i}行"))])]);

        var laidOut = _engine.Layout(Document(new ReportSection("明细", [tall])));

        var lines = laidOut.Pages.SelectMany(Texts).Where(t => t.Text.EndsWith('行') && t.Text.StartsWith('第')).Select(t => t.Text).ToList();
        Assert.Equal(Enumerable.Range(1, 80).Select(i => $"第{i}行"), lines);
        Assert.True(laidOut.Pages.Count >= 2);
        Assert.Contains(Texts(laidOut.Pages[1]), t => t.Text == "表 1 超长单元格（续）");
    }

    [Fact]
    public void A_heading_is_never_left_alone_at_the_foot_of_a_page()
    {
        // Fill the first page so the heading alone would still fit but not the caption, header row and first row after it.
        var filler = new ParagraphBlock(string.Join('\n', Enumerable.Range(1, 33).Select(i => $"填充第{i}行")));
        var laidOut = _engine.Layout(Document(new ReportSection("概况", [filler]), new ReportSection("明细", [Table(5)])));

        var heading = laidOut.Pages.SelectMany(p => Texts(p).Select(t => (Page: p.Number, Text: t))).Single(x => x.Text.Text == "二、明细");
        var caption = laidOut.Pages.SelectMany(p => Texts(p).Select(t => (Page: p.Number, Text: t))).Single(x => x.Text.Text == "表 1 坐席工作量");
        Assert.Equal(caption.Page, heading.Page);
    }

    [Fact]
    public void Sections_are_numbered_and_tables_and_figures_are_numbered_in_order()
    {
        var chart = new PieChartSpec("构成", [new ChartSlice("甲", 1)]);
        var laidOut = _engine.Layout(Document(
            new ReportSection("甲", [Table(2), new FigureBlock(chart, "第一张图", 100)]),
            new ReportSection("乙", [Table(2), new FigureBlock(chart, "第二张图", 100)])));

        var lines = laidOut.Pages.SelectMany(p => p.Lines()).ToList();
        Assert.Contains("一、甲", lines);
        Assert.Contains("二、乙", lines);
        Assert.Contains("表 2 坐席工作量", lines);
        Assert.Contains("图 1 第一张图", lines);
        Assert.Contains("图 2 第二张图", lines);
    }

    [Fact]
    public void A_figure_is_never_split_and_its_caption_sits_under_it()
    {
        var filler = new ParagraphBlock(string.Join('\n', Enumerable.Range(1, 30).Select(i => $"填充第{i}行")));
        var figure = new FigureBlock(new PieChartSpec("构成", [new ChartSlice("甲", 1)]), "构成图", 250);

        var laidOut = _engine.Layout(Document(new ReportSection("概况", [filler, figure])));

        var page = laidOut.Pages.Single(p => p.Items.OfType<PlacedChart>().Any());
        var chart = page.Items.OfType<PlacedChart>().Single();
        var caption = Texts(page).Single(t => t.Text == "图 1 构成图");
        Assert.True(chart.Top + chart.Height <= PageGeometry.A4.BodyBottom);
        Assert.True(caption.Top >= chart.Top + chart.Height);
        Assert.Equal(PageGeometry.A4.BodyWidth, chart.Width, 3);
    }

    [Fact]
    public void A_note_gets_a_tinted_box_behind_its_lines()
    {
        var laidOut = _engine.Layout(Document(new ReportSection("事项", [new ParagraphBlock("注意：午后来电高峰。", ParagraphStyle.Note)])));

        var page = laidOut.Pages[0];
        var text = Texts(page).Single(t => t.Text == "注意：午后来电高峰。");
        var boxes = page.Items.OfType<PlacedBox>().Where(b => b.Fill == InkColor.BandFill).ToList();
        var box = Assert.Single(boxes);
        Assert.InRange(text.Top, box.Top, box.Top + box.Height);
        Assert.True(page.Items.ToList().IndexOf(box) < page.Items.ToList().IndexOf(text), "the box is painted before its text");
    }

    [Fact]
    public void Key_figures_are_laid_out_four_to_a_row()
    {
        var figures = Enumerable.Range(1, 6).Select(i => new KeyFigure($"指标{i}", $"{i}", "持平")).ToList();

        var laidOut = _engine.Layout(Document(new ReportSection("概况", [new KeyFiguresBlock(figures)])));

        var values = Texts(laidOut.Pages[0]).Where(t => t.Style.Size == ReportTheme.Standard.FigureValue.Size).ToList();
        Assert.Equal(6, values.Count);
        Assert.Equal(4, values.Count(v => v.Top == values[0].Top));
        Assert.True(values[4].Top > values[0].Top);
    }

    [Fact]
    public void An_empty_table_says_there_is_no_data()
    {
        var laidOut = _engine.Layout(Document(new ReportSection("明细", [Table(0)])));

        Assert.Contains("（无数据）", laidOut.Pages[0].Lines());
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_names_the_table_and_row()
    {
        var bad = new TableBlock("坏表", [new TableColumn("甲"), new TableColumn("乙")], [new TableRow(["1", "2"]), new TableRow(["只有一格"])]);

        var error = Assert.Throws<ArgumentException>(() => _engine.Layout(Document(new ReportSection("明细", [bad]))));

        Assert.Contains("坏表", error.Message, StringComparison.Ordinal);
        Assert.Contains("row 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_break_block_starts_a_new_page()
    {
        var laidOut = _engine.Layout(Document(new ReportSection("甲", [new ParagraphBlock("前"), new PageBreakBlock(), new ParagraphBlock("后")])));

        Assert.Equal(2, laidOut.Pages.Count);
        Assert.Contains("后", laidOut.Pages[1].Lines());
    }
}
