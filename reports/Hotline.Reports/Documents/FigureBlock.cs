using Hotline.Reports.Charts;

namespace Hotline.Reports.Documents;

/// <summary>A chart across the text width, numbered 图 N with its caption below, never split across pages.</summary>
/// <param name="Chart">What to draw.</param>
/// <param name="Caption">Shown under the chart after its number.</param>
/// <param name="Height">The chart's height in points; its width is the text width.</param>
public sealed record FigureBlock(ChartSpec Chart, string Caption, double Height = 230) : ReportBlock;
