namespace Hotline.Analytics.Analyses;

/// <summary>Counts by two dimensions at once (e.g. region × category): the rows and columns kept, busiest first, and the count of each cell.</summary>
/// <param name="Rows">Row keys, busiest first.</param>
/// <param name="Columns">Column keys, busiest first.</param>
/// <param name="Counts">Counts[row][column]; zero where no ticket had both keys.</param>
/// <param name="Omitted">Tickets whose row or column key fell outside the kept ones (so the cells plus this give the whole).</param>
public sealed record CrossTab(IReadOnlyList<string> Rows, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<long>> Counts, long Omitted)
{
    /// <summary>The count of one cell by its keys; zero for keys not kept.</summary>
    public long this[string row, string column]
    {
        get
        {
            var r = Rows.ToList().IndexOf(row);
            var c = Columns.ToList().IndexOf(column);
            return r < 0 || c < 0 ? 0 : Counts[r][c];
        }
    }

    /// <summary>The largest cell (zero when there are none).</summary>
    public long Max => Counts.SelectMany(r => r).DefaultIfEmpty(0).Max();
}
