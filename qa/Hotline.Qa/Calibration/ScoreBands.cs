namespace Hotline.Qa.Calibration;

/// <summary>Ordered score bands (e.g. 不合格 &lt; 60 ≤ 合格 &lt; 80 ≤ 良好 &lt; 90 ≤ 优秀) that weighted kappa compares.</summary>
public sealed class ScoreBands
{
    private readonly double[] lowerBounds;

    /// <summary>Bands starting at each of <paramref name="lowerBounds"/> (ascending); scores below the first fall in band 0.</summary>
    public ScoreBands(IReadOnlyList<double> lowerBounds, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(lowerBounds);
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count != lowerBounds.Count + 1)
            throw new ArgumentException($"{lowerBounds.Count} bounds make {lowerBounds.Count + 1} bands but {names.Count} names were given.", nameof(names));
        for (var i = 1; i < lowerBounds.Count; i++)
        {
            if (lowerBounds[i] <= lowerBounds[i - 1])
                throw new ArgumentException($"Band bounds must ascend; {lowerBounds[i]} follows {lowerBounds[i - 1]}.", nameof(lowerBounds));
        }

        this.lowerBounds = [.. lowerBounds];
        Names = [.. names];
    }

    /// <summary>The usual QA bands on a 0–100 score.</summary>
    public static ScoreBands Default { get; } = new([60, 80, 90], ["不合格", "合格", "良好", "优秀"]);

    /// <summary>The band names, lowest first.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>How many bands there are.</summary>
    public int Count => Names.Count;

    /// <summary>The band index (0 = lowest) a score falls in.</summary>
    public int BandOf(double score)
    {
        var band = 0;
        while (band < lowerBounds.Length && score >= lowerBounds[band])
            band++;
        return band;
    }
}
