using Hotline.Analytics.Analyses;

namespace Hotline.Qa.Warnings;

/// <summary>A 预警: one series' day whose count left its prediction band, with what explains it.</summary>
/// <param name="Measure">Calls or tickets.</param>
/// <param name="Dimension">What <paramref name="Key"/> is.</param>
/// <param name="Key">The category, region or enterprise (empty for the total).</param>
/// <param name="Forecast">The day: actual, expected and band.</param>
/// <param name="Direction">Rise or drop.</param>
/// <param name="Contributors">The sub-categories that moved most in the alert's direction, largest first.</param>
/// <param name="Samples">Tickets of that day, for the reader to open.</param>
/// <param name="Explanation">The alert in one sentence (Simplified Chinese).</param>
public sealed record WarningAlert(
    AnalyticsMeasure Measure,
    AnalyticsDimension Dimension,
    string Key,
    ForecastPoint Forecast,
    WarningDirection Direction,
    IReadOnlyList<WarningContributor> Contributors,
    IReadOnlyList<SampleTicket> Samples,
    string Explanation)
{
    /// <summary>How far outside expectation, in standard deviations (the ranking key).</summary>
    public double Severity => Math.Abs(Forecast.Severity);
}
