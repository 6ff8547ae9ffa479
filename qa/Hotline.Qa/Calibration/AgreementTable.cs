namespace Hotline.Qa.Calibration;

/// <summary>Checks on the two-rater contingency tables the kappas read.</summary>
internal static class AgreementTable
{
    /// <summary>The table's category count; it must be square, non-negative and not empty.</summary>
    public static int Size(double[,] table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var size = table.GetLength(0);
        if (size == 0 || table.GetLength(1) != size)
            throw new ArgumentException($"An agreement table must be square and non-empty; this one is {table.GetLength(0)}×{table.GetLength(1)}.", nameof(table));
        foreach (var cell in table)
        {
            if (cell < 0 || double.IsNaN(cell))
                throw new ArgumentException($"An agreement table holds counts or proportions; {cell} is not one.", nameof(table));
        }

        return size;
    }
}
