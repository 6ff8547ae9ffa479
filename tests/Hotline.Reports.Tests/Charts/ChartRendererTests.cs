using Hotline.Reports.Charts;
using Hotline.Reports.Fonts;
using SkiaSharp;

namespace Hotline.Reports.Tests.Charts;

/// <summary>Renders every chart kind with ScottPlot and the installed CJK chart font and inspects the pixels.</summary>
[Trait("Category", "Integration")]
public sealed class ChartRendererTests
{
    private static readonly Lazy<ChartRenderer> Renderer = new(() => new ChartRenderer(ChartFont.Register(null)));
    private static readonly string[] Categories = ["投诉举报", "信息咨询", "意见建议", "出租汽车服务", "城市公共交通", "道路运输", "港口航运", "其他"];
    private static readonly SKColor First = SKColor.Parse("#1F4E8C");
    private static readonly SKColor Second = SKColor.Parse("#E07B24");

    private static SKBitmap Render(ChartSpec spec, int width = 480, int height = 240, double scale = 2)
    {
        var png = Renderer.Value.RenderPng(spec, width, height, scale);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        return SKBitmap.Decode(png);
    }

    private static int Count(SKBitmap bitmap, Func<SKColor, bool> predicate, SKRectI? area = null)
    {
        var rect = area ?? new SKRectI(0, 0, bitmap.Width, bitmap.Height);
        var count = 0;
        for (var y = rect.Top; y < rect.Bottom; y++)
        {
            for (var x = rect.Left; x < rect.Right; x++)
            {
                if (predicate(bitmap.GetPixel(x, y)))
                    count++;
            }
        }

        return count;
    }

    private static bool Near(SKColor a, SKColor b) => Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue) < 30;

    private static bool Ink(SKColor c) => c.Red + c.Green + c.Blue < 600;

    [Fact]
    public void A_grouped_bar_chart_draws_both_series_at_the_requested_resolution()
    {
        using var bitmap = Render(new BarChartSpec("各类别工单", Categories,
            [new ChartSeries("本月", [120, 98, 77, 54, 33, 21, 15, 9]), new ChartSeries("上月", [110, 90, 80, 60, 30, 25, 12, 11])], "工单数（件）"));

        Assert.Equal(960, bitmap.Width);
        Assert.Equal(480, bitmap.Height);
        Assert.True(Count(bitmap, c => Near(c, First)) > 2_000, "the first series' bars are drawn");
        Assert.True(Count(bitmap, c => Near(c, Second)) > 2_000, "the second series' bars are drawn");
    }

    [Fact]
    public void A_stacked_bar_chart_puts_the_second_series_on_top_of_the_first()
    {
        using var bitmap = Render(new BarChartSpec("分时段接通情况", ["8时", "9时", "10时"],
            [new ChartSeries("接通", [100, 100, 100]), new ChartSeries("未接通", [50, 50, 50])], "来电量（次）", BarArrangement.Stacked));

        // In the middle bar's column, the orange segment lies above the blue one.
        var column = bitmap.Width / 2 - 40;
        var blue = Enumerable.Range(0, bitmap.Height).Where(y => Near(bitmap.GetPixel(column, y), First)).ToList();
        var orange = Enumerable.Range(0, bitmap.Height).Where(y => Near(bitmap.GetPixel(column, y), Second)).ToList();
        Assert.NotEmpty(blue);
        Assert.NotEmpty(orange);
        Assert.True(orange.Max() < blue.Min(), "the stacked segment sits on top");
        Assert.InRange(blue.Count / (double)orange.Count, 1.7, 2.3);
    }

    [Fact]
    public void A_line_chart_draws_its_lines_and_marks()
    {
        using var bitmap = Render(new LineChartSpec("分时段来电量", [.. Enumerable.Range(0, 24).Select(h => $"{h}时")],
            [new ChartSeries("本日", [.. Enumerable.Range(0, 24).Select(h => 50 + (40 * Math.Sin(h / 3.0)))])], "来电量（次）"));

        Assert.True(Count(bitmap, c => Near(c, First)) > 1_500);
    }

    [Fact]
    public void A_donut_leaves_its_centre_empty_and_a_pie_does_not()
    {
        ChartSlice[] slices = [new("非常满意", 60), new("满意", 25), new("基本满意", 10), new("不满意", 5)];
        using var donut = Render(new PieChartSpec("满意度构成", slices, Donut: true));
        using var pie = Render(new PieChartSpec("满意度构成", slices));

        var centre = Centre(pie);
        var area = new SKRectI(centre.X - 10, centre.Y - 10, centre.X + 10, centre.Y + 10);
        Assert.Equal(0, Count(donut, Ink, area));
        Assert.True(Count(pie, Ink, area) > 300);
        Assert.True(Count(donut, c => Near(c, First)) > 10_000, "the largest slice is drawn");
    }

    // The middle of the plotted pie: the middle of the region covered by the first slice's colour, widened to all slices.
    private static SKPointI Centre(SKBitmap pie)
    {
        int left = int.MaxValue, right = 0, top = int.MaxValue, bottom = 0;
        for (var y = 0; y < pie.Height; y++)
        {
            for (var x = 0; x < pie.Width / 2 + 150; x++)
            {
                var c = pie.GetPixel(x, y);
                if (Near(c, First) || Near(c, Second))
                {
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                }
            }
        }

        return new SKPointI((left + right) / 2, (top + bottom) / 2);
    }

    [Fact]
    public void A_heat_map_shades_cells_by_value()
    {
        double[][] values = [.. Enumerable.Range(0, 7).Select(d => Enumerable.Range(0, 24).Select(h => (double)((d * 24) + h)).ToArray())];
        using var bitmap = Render(new HeatMapSpec("来电时段分布", ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
            [.. Enumerable.Range(0, 24).Select(h => h.ToString(System.Globalization.CultureInfo.InvariantCulture))], values, "来电量"));

        var shades = new HashSet<SKColor>();
        for (var y = 0; y < bitmap.Height; y += 3)
        {
            for (var x = 0; x < bitmap.Width; x += 3)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Blue > c.Red + 20)
                    shades.Add(c);
            }
        }

        Assert.True(shades.Count > 50, $"only {shades.Count} shades of blue");
    }

    [Fact]
    public void A_funnel_narrows_from_the_first_stage_to_the_last()
    {
        using var bitmap = Render(new FunnelChartSpec("工单流转漏斗", [new("受理", 1000), new("派单", 900), new("办结", 800), new("回访", 600), new("结案", 500)]));

        int Width(int row) => Enumerable.Range(0, bitmap.Width).Count(x => bitmap.GetPixel(x, row).Blue > bitmap.GetPixel(x, row).Red + 30);
        var rows = Enumerable.Range(0, bitmap.Height).Select(Width).Where(w => w > 50).ToList();
        Assert.True(rows.Count > 100);
        Assert.True(rows[5] > rows[^5] * 1.6, $"top bar {rows[5]} px, bottom bar {rows[^5]} px");
    }

    [Fact]
    public void Chinese_titles_are_drawn_with_real_glyphs_not_missing_glyph_boxes()
    {
        // A font without Chinese draws every character as the same box, so two different titles would look alike.
        using var one = Render(new PieChartSpec("工单构成", [new("甲", 1), new("乙", 1)]));
        using var other = Render(new PieChartSpec("热线满意", [new("甲", 1), new("乙", 1)]));

        var title = new SKRectI(0, 0, one.Width, one.Height / 8);
        Assert.True(Count(one, Ink, title) > 200, "the title is drawn");
        var differing = 0;
        for (var y = title.Top; y < title.Bottom; y++)
        {
            for (var x = title.Left; x < title.Right; x++)
            {
                if (one.GetPixel(x, y) != other.GetPixel(x, y))
                    differing++;
            }
        }

        Assert.True(differing > 200, $"only {differing} pixels differ between two different titles");
    }

    [Fact]
    public void A_series_of_the_wrong_length_is_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => Renderer.Value.RenderPng(
            new BarChartSpec("各类别工单", ["甲", "乙"], [new ChartSeries("本月", [1])], "件"), 400, 200));

        Assert.Contains("本月", error.Message, StringComparison.Ordinal);
    }
}
