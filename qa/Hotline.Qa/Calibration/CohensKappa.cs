namespace Hotline.Qa.Calibration;

/// <summary>Cohen's kappa: chance-corrected agreement of two raters on nominal categories.</summary>
public static class CohensKappa
{
    /// <summary>Kappa from two raters' labels of the same subjects, position by position.</summary>
    public static KappaResult FromRatings<T>(IReadOnlyList<T> first, IReadOnlyList<T> second)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
            throw new ArgumentException($"The raters labelled different numbers of subjects ({first.Count} and {second.Count}).", nameof(second));
        var categories = first.Concat(second).Distinct().ToList();
        var index = categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var table = new double[categories.Count, categories.Count];
        for (var s = 0; s < first.Count; s++)
            table[index[first[s]], index[second[s]]]++;
        return FromTable(table);
    }

    /// <summary>Kappa from a square contingency table: rows the first rater's category, columns the second's (counts or proportions).</summary>
    public static KappaResult FromTable(double[,] table)
    {
        var size = AgreementTable.Size(table);
        var weights = new double[size, size];
        for (var i = 0; i < size; i++)
            for (var j = 0; j < size; j++)
                weights[i, j] = i == j ? 0 : 1;
        return WeightedKappa.FromTable(table, weights);
    }
}
