namespace Hotline.Qa.Warnings;

/// <summary>Chooses Holt-Winters smoothing constants for a series by the smallest robust one-step error over its history.</summary>
/// <remarks>A small grid rather than a continuous optimiser: the error surface is flat near its minimum, the grid is deterministic and cheap (a few dozen linear passes).</remarks>
public static class HoltWintersFitter
{
    private static readonly double[] Alphas = [0.02, 0.05, 0.1, 0.2, 0.4];
    private static readonly double[] Betas = [0, 0.02];
    private static readonly double[] WeeklyGammas = [0.02, 0.05, 0.15];
    private static readonly double[] YearlyGammas = [0.1, 0.3];

    /// <summary>Days of history before the yearly offsets are worth learning.</summary>
    public const int DaysForYearlySeason = 400;

    /// <summary>The best constants for the series starting on <paramref name="start"/>.</summary>
    public static HoltWintersParameters Fit(DateOnly start, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var yearlyGammas = values.Count >= DaysForYearlySeason ? YearlyGammas : [0.0];
        HoltWintersParameters? best = null;
        var bestError = double.PositiveInfinity;
        foreach (var alpha in Alphas)
            foreach (var beta in Betas)
                foreach (var weekly in WeeklyGammas)
                    foreach (var yearly in yearlyGammas)
                    {
                        var candidate = new HoltWintersParameters(alpha, beta, weekly, yearly);
                        var error = RobustError(new DoubleSeasonalHoltWinters(candidate).Run(start, values));
                        if (error < bestError)
                        {
                            bestError = error;
                            best = candidate;
                        }
                    }

        return best!;
    }

    private static double RobustError(IReadOnlyList<ForecastPoint> points)
    {
        // Errors on the log scale, capped at three deviations so the anomalies in the history do not choose the constants.
        double sum = 0;
        foreach (var p in points)
        {
            var error = Math.Abs(Math.Log(p.Actual + 1) - Math.Log(p.Expected + 1));
            sum += p.Severity == 0 ? error : Math.Min(error, 3 * error / Math.Abs(p.Severity));
        }

        return sum / points.Count;
    }
}
