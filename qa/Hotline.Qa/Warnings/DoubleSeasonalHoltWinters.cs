using MathNet.Numerics.Statistics;

namespace Hotline.Qa.Warnings;

/// <summary>Holt-Winters on daily counts with two seasonal cycles (day of week, week of year), robust to the anomalies it is meant to find.</summary>
/// <remarks>
/// The model runs on log(count + 1): hotline seasons are multiplicative (Mondays are 25 % busier in winter and in the
/// summer peak alike), which is additive on the log scale, and the band comes out skewed the way count noise is.
/// Robustness: an observation far outside the band is clipped to the band's edge before it updates the state, so one
/// incident neither drags the baseline up nor, since out-of-band days do not feed the error estimate, widens the band
/// for the following weeks. The band's deviation is a smoothed mean absolute error, floored at the Poisson deviation of the expected count (√μ / (μ + 1) on
/// this scale). The yearly offsets are kept per week of the year (53 buckets) so each is updated seven times a year.
/// </remarks>
public sealed class DoubleSeasonalHoltWinters(HoltWintersParameters parameters, double bandWidth = 3.0)
{
    /// <summary>Days read to set the initial level and weekday offsets before forecasting starts.</summary>
    public const int WarmUpDays = 28;

    private const double TrendDamping = 0.9;
    private const double ClipWidth = 2.5;
    private const double ErrorSmoothing = 0.05;

    /// <summary>The one-step-ahead forecast of every day after the warm-up.</summary>
    public IReadOnlyList<ForecastPoint> Run(DateOnly start, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count <= WarmUpDays)
            throw new ArgumentException($"A forecast needs more than {WarmUpDays} days of history; the series has {values.Count}.", nameof(values));

        var logs = values.Select(v => Math.Log(Math.Max(v, 0) + 1)).ToArray();
        var (level, weekly, meanAbsoluteError) = Initial(start, logs);
        double trend = 0;
        var yearly = new double[53];
        var points = new List<ForecastPoint>(values.Count - WarmUpDays);
        for (var t = WarmUpDays; t < values.Count; t++)
        {
            var day = start.AddDays(t);
            var w = (int)day.DayOfWeek;
            var y = Math.Min((day.DayOfYear - 1) / 7, 52);
            var forecast = level + (TrendDamping * trend) + weekly[w] + yearly[y];
            var expected = Math.Max(Math.Exp(forecast) - 1, 0);
            var counted = Math.Max(expected, 1);
            var deviation = Math.Max(1.25 * meanAbsoluteError, Math.Sqrt(counted) / (counted + 1));
            var error = logs[t] - forecast;
            points.Add(new ForecastPoint(day, values[t], expected,
                Math.Max(Math.Exp(forecast - (bandWidth * deviation)) - 1, 0), Math.Exp(forecast + (bandWidth * deviation)) - 1, error / deviation));

            var clipped = Math.Clamp(error, -ClipWidth * deviation, ClipWidth * deviation);
            var observed = forecast + clipped;
            var previousLevel = level;
            level = (parameters.Alpha * (observed - weekly[w] - yearly[y])) + ((1 - parameters.Alpha) * (previousLevel + (TrendDamping * trend)));
            trend = (parameters.Beta * (level - previousLevel)) + ((1 - parameters.Beta) * TrendDamping * trend);
            weekly[w] = (parameters.WeeklyGamma * (observed - level - yearly[y])) + ((1 - parameters.WeeklyGamma) * weekly[w]);
            yearly[y] = (parameters.YearlyGamma * (observed - level - weekly[w])) + ((1 - parameters.YearlyGamma) * yearly[y]);
            if (Math.Abs(error) <= bandWidth * deviation)
                meanAbsoluteError = (ErrorSmoothing * Math.Abs(error)) + ((1 - ErrorSmoothing) * meanAbsoluteError);
        }

        return points;
    }

    private static (double Level, double[] Weekly, double MeanAbsoluteError) Initial(DateOnly start, double[] logs)
    {
        // Medians, not means: the warm-up window may itself hold an incident.
        var window = logs.Take(WarmUpDays).ToArray();
        var level = window.Median();
        var weekly = new double[7];
        for (var w = 0; w < 7; w++)
        {
            var sameWeekday = window.Where((_, i) => (int)start.AddDays(i).DayOfWeek == w).Select(v => v - level).ToArray();
            weekly[w] = sameWeekday.Length == 0 ? 0 : sameWeekday.Median();
        }

        var offset = weekly.Average();
        for (var w = 0; w < 7; w++)
            weekly[w] -= offset;
        level += offset;
        var residuals = window.Select((v, i) => Math.Abs(v - level - weekly[(int)start.AddDays(i).DayOfWeek])).ToArray();
        // 1.4826 × MAD estimates a normal deviation; the running error is a mean absolute error (≈ 0.8 σ).
        return (level, weekly, 0.8 * 1.4826 * residuals.Median());
    }
}
