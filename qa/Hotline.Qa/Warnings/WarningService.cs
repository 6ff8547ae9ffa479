using System.Globalization;
using Hotline.Analytics.Analyses;

namespace Hotline.Qa.Warnings;

/// <summary>预警 scan: forecasts every watched series, keeps the days that left their band, explains and ranks them.</summary>
public sealed class WarningService(IWarningSource source, WarningSettings settings)
{
    /// <summary>Days of history each forecast learns from (two years: the yearly offsets need one full year to learn).</summary>
    public const int HistoryDays = 730;

    /// <summary>The alerts for the days [from, to), most severe first.</summary>
    public async Task<IReadOnlyList<WarningAlert>> ScanAsync(IReadOnlyList<WarningScope> scopes, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        if (to <= from)
            throw new ArgumentException($"The warning range {from}–{to} is empty.", nameof(to));
        var start = from.AddDays(-HistoryDays);
        var detector = new WarningDetector(settings);
        var alerts = new List<WarningAlert>();
        foreach (var scope in scopes)
        {
            IReadOnlyList<string> keys = scope.Dimension == AnalyticsDimension.None
                ? [""]
                : await source.KeysAsync(scope.Measure, scope.Dimension, from.AddDays(-28), to, scope.MaxKeys, cancellationToken);
            foreach (var key in keys)
            {
                var series = await source.SeriesAsync(scope.Measure, scope.Dimension, key, start, to, cancellationToken);
                foreach (var found in detector.Detect(series, from, to))
                {
                    var samples = found.Forecast.Actual > found.Forecast.Expected
                        ? await source.SamplesAsync(scope.Measure, scope.Dimension, key, found.Forecast.Day, settings.SampleTickets, cancellationToken)
                        : [];
                    alerts.Add(Alert(series, found, samples));
                }
            }
        }

        return [.. alerts.OrderByDescending(a => a.Severity).ThenByDescending(a => Math.Abs(a.Forecast.Actual - a.Forecast.Expected))];
    }

    /// <summary>An alert with its wording, from a detected day of a series.</summary>
    public static WarningAlert Alert(WarningSeries series, DetectedWarning found, IReadOnlyList<SampleTicket> samples)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(found);
        var direction = found.Forecast.Actual > found.Forecast.Expected ? WarningDirection.Rise : WarningDirection.Drop;
        return new WarningAlert(series.Measure, series.Dimension, series.Key, found.Forecast, direction, found.Contributors, samples,
            WarningExplanation.Write(series, found, direction, CultureInfo.GetCultureInfo("zh-CN")));
    }
}
