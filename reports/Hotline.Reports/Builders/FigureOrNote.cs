using Hotline.Reports.Charts;
using Hotline.Reports.Documents;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Builders;

/// <summary>A chart when there is something to draw, else a line saying there is no data (an empty plot reads as a rendering fault).</summary>
public static class FigureOrNote
{
    /// <summary>The figure, or a 暂无数据 note for <paramref name="caption"/> when <paramref name="values"/> are all zero or absent.</summary>
    public static ReportBlock Build(ChartSpec chart, string caption, IEnumerable<double> values, double height = 230)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Any(v => v != 0 && double.IsFinite(v))
            ? new FigureBlock(chart, caption, height)
            : new ParagraphBlock(string.Format(FigureText.Culture, ReportText.NoChartData, caption), ParagraphStyle.Fine);
    }
}
