namespace Hotline.Qa.Calibration;

/// <summary>Cohen's weighted kappa for two raters on ordered categories (score bands): 1 − Σw·observed / Σw·expected.</summary>
public static class WeightedKappa
{
    /// <summary>Weighted kappa from two raters' category indexes (0 … categories − 1), position by position.</summary>
    public static KappaResult FromRatings(IReadOnlyList<int> first, IReadOnlyList<int> second, int categories, KappaWeighting weighting)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentOutOfRangeException.ThrowIfLessThan(categories, 2);
        if (first.Count != second.Count)
            throw new ArgumentException($"The raters rated different numbers of subjects ({first.Count} and {second.Count}).", nameof(second));
        var table = new double[categories, categories];
        for (var s = 0; s < first.Count; s++)
        {
            if ((uint)first[s] >= (uint)categories || (uint)second[s] >= (uint)categories)
                throw new ArgumentOutOfRangeException(nameof(first), $"Subject {s} is rated {first[s]} and {second[s]}; categories run 0–{categories - 1}.");
            table[first[s], second[s]]++;
        }

        return FromTable(table, Weights(categories, weighting));
    }

    /// <summary>Disagreement weights for <paramref name="categories"/> ordered categories: 0 on the diagonal, 1 at the far corners.</summary>
    public static double[,] Weights(int categories, KappaWeighting weighting)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(categories, 2);
        var weights = new double[categories, categories];
        for (var i = 0; i < categories; i++)
        {
            for (var j = 0; j < categories; j++)
            {
                var distance = Math.Abs(i - j) / (double)(categories - 1);
                weights[i, j] = weighting switch
                {
                    KappaWeighting.Linear => distance,
                    KappaWeighting.Quadratic => distance * distance,
                    _ => throw new ArgumentOutOfRangeException(nameof(weighting), weighting, "unknown weighting"),
                };
            }
        }

        return weights;
    }

    /// <summary>Weighted kappa from a contingency table (rows first rater) and a disagreement weight per cell (any scale, 0 = agreement).</summary>
    public static KappaResult FromTable(double[,] table, double[,] disagreementWeights)
    {
        var size = AgreementTable.Size(table);
        ArgumentNullException.ThrowIfNull(disagreementWeights);
        if (disagreementWeights.GetLength(0) != size || disagreementWeights.GetLength(1) != size)
            throw new ArgumentException($"The weights are {disagreementWeights.GetLength(0)}×{disagreementWeights.GetLength(1)} for a {size}×{size} table.", nameof(disagreementWeights));

        double total = 0;
        foreach (var cell in table)
            total += cell;
        if (total <= 0)
            throw new ArgumentException("The agreement table is empty: nothing was rated.", nameof(table));

        var rows = new double[size];
        var columns = new double[size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                rows[i] += table[i, j] / total;
                columns[j] += table[i, j] / total;
            }
        }

        double observed = 0, expected = 0, maxWeight = 0;
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                observed += disagreementWeights[i, j] * table[i, j] / total;
                expected += disagreementWeights[i, j] * rows[i] * columns[j];
                maxWeight = Math.Max(maxWeight, disagreementWeights[i, j]);
            }
        }

        // Proportions are reported on the agreement scale (1 − disagreement / largest weight) so they read like Cohen's po and pe.
        var scale = maxWeight > 0 ? maxWeight : 1;
        var kappa = expected > 0 ? 1 - (observed / expected) : (observed == 0 ? 1 : 0);
        return new KappaResult(kappa, 1 - (observed / scale), 1 - (expected / scale), (int)Math.Round(total));
    }
}
