using Hotline.Reports.Data;
using Hotline.Reports.Documents;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Builders;

/// <summary>The table of headline indicators with the previous period (环比) and the same period a year earlier (同比).</summary>
public static class TrendTable
{
    /// <summary>A table captioned <paramref name="caption"/> with one row per line.</summary>
    public static TableBlock Build(string caption, IEnumerable<TrendLine> lines)
    {
        TableColumn[] columns =
        [
            new(ReportText.ColumnIndicator, 1.6), new(ReportText.ColumnCurrent, 1, CellAlignment.Right), new(ReportText.ColumnPrevious, 1, CellAlignment.Right),
            new(ReportText.ColumnMonthOnMonth, 1.2, CellAlignment.Right), new(ReportText.ColumnYearAgo, 1, CellAlignment.Right),
            new(ReportText.ColumnYearOnYear, 1.2, CellAlignment.Right),
        ];
        TableRow[] rows = [.. lines.Select(l => new TableRow(
        [
            l.Indicator, l.Format(l.Value.Current),
            l.Value.Previous is { } p ? l.Format(p) : FigureText.Missing, l.Compare(l.Value.Current, l.Value.Previous),
            l.Value.YearAgo is { } y ? l.Format(y) : FigureText.Missing, l.Compare(l.Value.Current, l.Value.YearAgo),
        ]))];
        return new TableBlock(caption, columns, rows);
    }
}
