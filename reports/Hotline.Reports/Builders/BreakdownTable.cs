using Hotline.Reports.Data;
using Hotline.Reports.Documents;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Builders;

/// <summary>The table of counts per category, region or enterprise with share, 环比 and 同比.</summary>
public static class BreakdownTable
{
    /// <summary>A table captioned <paramref name="caption"/> whose first column is headed <paramref name="nameHeader"/>.</summary>
    public static TableBlock Build(string caption, string nameHeader, IReadOnlyList<BreakdownRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var total = rows.Sum(r => r.Current);
        TableColumn[] columns =
        [
            new(nameHeader, 2.2), new(ReportText.ColumnCurrent, 1, CellAlignment.Right), new(ReportText.ColumnShare, 0.9, CellAlignment.Right),
            new(ReportText.ColumnPrevious, 1, CellAlignment.Right), new(ReportText.ColumnMonthOnMonth, 1.1, CellAlignment.Right),
            new(ReportText.ColumnYearAgo, 1, CellAlignment.Right), new(ReportText.ColumnYearOnYear, 1.1, CellAlignment.Right),
        ];
        var body = rows.Select(r => new TableRow(
        [
            r.Name, FigureText.Count(r.Current), FigureText.Percent(total == 0 ? null : (double)r.Current / total),
            r.Previous is { } p ? FigureText.Count(p) : FigureText.Missing, Change.Relative(r.Current, r.Previous),
            r.YearAgo is { } y ? FigureText.Count(y) : FigureText.Missing, Change.Relative(r.Current, r.YearAgo),
        ])).ToList();
        if (rows.Count > 1)
        {
            long? Sum(Func<BreakdownRow, long?> pick) => rows.All(r => pick(r) is not null) ? rows.Sum(r => pick(r)!.Value) : null;
            var previous = Sum(r => r.Previous);
            var yearAgo = Sum(r => r.YearAgo);
            body.Add(new TableRow(
            [
                ReportText.Total, FigureText.Count(total), FigureText.Percent(total == 0 ? null : 1),
                previous is { } p ? FigureText.Count(p) : FigureText.Missing, Change.Relative(total, previous),
                yearAgo is { } y ? FigureText.Count(y) : FigureText.Missing, Change.Relative(total, yearAgo),
            ], Emphasis: true));
        }

        return new TableBlock(caption, columns, body);
    }
}
