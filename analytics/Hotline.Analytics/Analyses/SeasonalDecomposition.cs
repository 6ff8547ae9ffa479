namespace Hotline.Analytics.Analyses;

/// <summary>Classical additive decomposition: value = trend + seasonal + remainder, with a known cycle length.</summary>
/// <remarks>
/// The trend is the centred moving average over one cycle (a 2×m average for even m). The seasonal offset of a
/// position is the mean of (value − trend) over every cycle where the trend exists, then shifted so the offsets
/// sum to zero. Positions are given by the caller (weekday, month …) so the cycle follows the calendar.
/// </remarks>
public static class SeasonalDecomposition
{
    /// <summary>Trend and seasonal offset per point; seasonality needs at least two full cycles.</summary>
    public static (double?[] Trend, double[] Seasonal) Decompose(IReadOnlyList<double> values, IReadOnlyList<int> positions, int cycle)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentOutOfRangeException.ThrowIfLessThan(cycle, 2);
        if (positions.Count != values.Count)
            throw new ArgumentException($"{positions.Count} positions for {values.Count} values.", nameof(positions));

        var trend = MovingAverage(values, cycle);
        var seasonal = new double[values.Count];
        if (values.Count < 2 * cycle)
            return (trend, seasonal);

        var sums = new double[cycle];
        var counts = new int[cycle];
        for (var i = 0; i < values.Count; i++)
        {
            if (trend[i] is not { } t)
                continue;
            sums[positions[i]] += values[i] - t;
            counts[positions[i]]++;
        }

        var offsets = new double[cycle];
        for (var p = 0; p < cycle; p++)
            offsets[p] = counts[p] == 0 ? 0 : sums[p] / counts[p];
        var mean = offsets.Average();
        for (var i = 0; i < values.Count; i++)
            seasonal[i] = offsets[positions[i]] - mean;
        return (trend, seasonal);
    }

    /// <summary>The centred moving average over <paramref name="cycle"/> points (2×m for even m); null where the window runs off the ends.</summary>
    public static double?[] MovingAverage(IReadOnlyList<double> values, int cycle)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new double?[values.Count];
        var half = cycle / 2;
        for (var i = half; i < values.Count - half; i++)
        {
            double sum = 0;
            if (cycle % 2 == 1)
            {
                for (var j = i - half; j <= i + half; j++)
                    sum += values[j];
                result[i] = sum / cycle;
            }
            else
            {
                // Even cycles: the two end points count half, so the window stays centred.
                for (var j = i - half + 1; j < i + half; j++)
                    sum += values[j];
                sum += (values[i - half] + values[i + half]) / 2;
                result[i] = sum / cycle;
            }
        }

        return result;
    }
}
