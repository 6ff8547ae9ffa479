namespace Hotline.Qa.Calibration;

/// <summary>Fleiss' kappa: chance-corrected agreement of a fixed number of raters per subject on nominal categories.</summary>
public static class FleissKappa
{
    /// <summary>Kappa from each subject's labels (one per rater; every subject needs the same number of raters, at least two).</summary>
    public static KappaResult FromRatings<T>(IReadOnlyList<IReadOnlyList<T>> ratingsBySubject)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(ratingsBySubject);
        var categories = ratingsBySubject.SelectMany(r => r).Distinct().ToList();
        var index = categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var counts = new int[ratingsBySubject.Count, categories.Count];
        for (var s = 0; s < ratingsBySubject.Count; s++)
            foreach (var label in ratingsBySubject[s])
                counts[s, index[label]]++;
        return FromCounts(counts);
    }

    /// <summary>Kappa from a subjects × categories table of how many raters chose each category.</summary>
    public static KappaResult FromCounts(int[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var subjects = counts.GetLength(0);
        var categories = counts.GetLength(1);
        if (subjects == 0 || categories == 0)
            throw new ArgumentException("Fleiss' kappa needs at least one subject and one category.", nameof(counts));

        var raters = -1;
        var categoryTotals = new double[categories];
        double agreementSum = 0;
        for (var s = 0; s < subjects; s++)
        {
            var n = 0;
            double pairs = 0;
            for (var c = 0; c < categories; c++)
            {
                var k = counts[s, c];
                if (k < 0)
                    throw new ArgumentException($"Subject {s} has a negative count ({k}) in category {c}.", nameof(counts));
                n += k;
                pairs += (double)k * (k - 1);
                categoryTotals[c] += k;
            }

            if (raters < 0)
                raters = n;
            else if (n != raters)
                throw new ArgumentException($"Subject {s} has {n} ratings but subject 0 has {raters}: Fleiss' kappa needs the same number of raters for every subject.", nameof(counts));
            agreementSum += raters < 2 ? 0 : pairs / ((double)raters * (raters - 1));
        }

        if (raters < 2)
            throw new ArgumentException($"Fleiss' kappa needs at least two raters per subject; there are {raters}.", nameof(counts));

        var observed = agreementSum / subjects;
        var expected = categoryTotals.Sum(t => Math.Pow(t / ((double)subjects * raters), 2));
        var kappa = expected < 1 ? (observed - expected) / (1 - expected) : 1;
        return new KappaResult(kappa, observed, expected, subjects);
    }
}
