using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Analyses;

/// <summary>热力分布: tickets created in a range of days counted by two rollup dimensions at once (the dashboard's region × category map).</summary>
public sealed class TicketCrossTabAnalysis(IAnalyticsEngine engine, string database)
{
    /// <summary>Counts tickets created on [<paramref name="from"/>, <paramref name="to"/>) by <paramref name="rows"/> × <paramref name="columns"/>,
    /// keeping the <paramref name="top"/> busiest keys of each; tickets without a key in either dimension are left out.</summary>
    public async Task<CrossTab> CountAsync(AnalyticsDimension rows, AnalyticsDimension columns, DateOnly from, DateOnly to, int top = 12,
        CancellationToken cancellationToken = default)
    {
        if (rows == AnalyticsDimension.None || columns == AnalyticsDimension.None || rows == columns)
            throw new ArgumentException($"A cross tabulation needs two different dimensions (got {rows} × {columns}).", nameof(columns));
        if (to <= from)
            throw new ArgumentException($"The range {from}–{to} is empty.", nameof(to));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);

        var rowColumn = DimensionColumns.RollupColumn(AnalyticsMeasure.Tickets, rows);
        var columnColumn = DimensionColumns.RollupColumn(AnalyticsMeasure.Tickets, columns);
        var cells = ResultRows.Parse(await engine.QueryAsync($"""
            SELECT {rowColumn} AS r, {columnColumn} AS c, sum(created) AS n
            FROM {database}.tickets_daily
            WHERE day >= {"{from:Date}"} AND day < {"{to:Date}"} AND {rowColumn} != '' AND {columnColumn} != ''
            GROUP BY r, c
            """, new Dictionary<string, string> { ["from"] = QueryParameterText.Of(from), ["to"] = QueryParameterText.Of(to) }, cancellationToken: cancellationToken))
            .Select(row => (Row: row.Text("r"), Column: row.Text("c"), Count: row.Count("n")))
            .ToList();

        // Keys are ranked by their totals over the whole table, so the map keeps the busiest rows and columns whatever the other axis.
        static List<string> Busiest(IEnumerable<(string Key, long Count)> keyed, int top) =>
            [.. keyed.GroupBy(k => k.Key).Select(g => (g.Key, Total: g.Sum(k => k.Count)))
                .OrderByDescending(k => k.Total).ThenBy(k => k.Key, StringComparer.Ordinal).Take(top).Select(k => k.Key)];
        var rowKeys = Busiest(cells.Select(c => (c.Row, c.Count)), top);
        var columnKeys = Busiest(cells.Select(c => (c.Column, c.Count)), top);
        var rowIndex = rowKeys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        var columnIndex = columnKeys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        var counts = rowKeys.Select(_ => new long[columnKeys.Count]).ToArray();
        long omitted = 0;
        foreach (var cell in cells)
        {
            if (rowIndex.TryGetValue(cell.Row, out var r) && columnIndex.TryGetValue(cell.Column, out var c))
                counts[r][c] += cell.Count;
            else
                omitted += cell.Count;
        }

        return new CrossTab(rowKeys, columnKeys, [.. counts.Select(r => (IReadOnlyList<long>)r)], omitted);
    }
}
