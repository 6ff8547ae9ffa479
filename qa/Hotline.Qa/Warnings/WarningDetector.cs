namespace Hotline.Qa.Warnings;

/// <summary>Finds the days of a series that left their prediction band and ranks each one's sub-categories by how much they moved.</summary>
public sealed class WarningDetector(WarningSettings settings)
{
    /// <summary>The out-of-band days in [<paramref name="from"/>, <paramref name="to"/>), without samples or wording (see <see cref="WarningService"/>).</summary>
    public IReadOnlyList<DetectedWarning> Detect(WarningSeries series, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Values.Count <= DoubleSeasonalHoltWinters.WarmUpDays)
            return [];

        // Constants are fitted on the history before the evaluated days, so the days being judged do not tune their own judge.
        var history = Math.Clamp(from.DayNumber - series.Start.DayNumber, DoubleSeasonalHoltWinters.WarmUpDays + 1, series.Values.Count);
        var parameters = HoltWintersFitter.Fit(series.Start, [.. series.Values.Take(history)]);
        var model = new DoubleSeasonalHoltWinters(parameters, settings.BandWidth);
        var flagged = model.Run(series.Start, series.Values)
            .Where(p => p.Day >= from && p.Day < to && p.OutsideBand && Math.Abs(p.Actual - p.Expected) >= settings.MinimumExcess)
            .ToList();
        if (flagged.Count == 0)
            return [];

        var parts = series.Parts
            .Where(p => p.Value.Count == series.Values.Count)
            .ToDictionary(p => p.Key, p => model.Run(series.Start, p.Value).ToDictionary(f => f.Day));
        return [.. flagged.Select(point => new DetectedWarning(point, Contributors(point, parts)))];
    }

    private List<WarningContributor> Contributors(ForecastPoint point, Dictionary<string, Dictionary<DateOnly, ForecastPoint>> parts)
    {
        var excess = point.Actual - point.Expected;
        return [.. parts
            .Select(p => (p.Key, Forecast: p.Value[point.Day], Moved: p.Value[point.Day].Actual - p.Value[point.Day].Expected))
            .Where(c => Math.Sign(c.Moved) == Math.Sign(excess))
            .OrderByDescending(c => Math.Abs(c.Moved)).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(settings.TopContributors)
            .Select(c => new WarningContributor(c.Key, c.Forecast.Actual, c.Forecast.Expected, c.Moved / excess))];
    }
}
