using Hotline.Analytics.Analyses;

namespace Hotline.Qa.Warnings;

/// <summary>A daily count series warnings watch: calls or tickets of one category, region or enterprise (or all), with its sub-category series.</summary>
/// <param name="Measure">Calls or tickets.</param>
/// <param name="Dimension">What <paramref name="Key"/> is (None = the total).</param>
/// <param name="Key">The category, region or enterprise; empty for the total.</param>
/// <param name="Start">The first day of <paramref name="Values"/>.</param>
/// <param name="Values">One count per day.</param>
/// <param name="Parts">The same days broken down by sub-category (may be empty): what an alert's explanation ranks.</param>
public sealed record WarningSeries(
    AnalyticsMeasure Measure,
    AnalyticsDimension Dimension,
    string Key,
    DateOnly Start,
    IReadOnlyList<double> Values,
    IReadOnlyDictionary<string, IReadOnlyList<double>> Parts);
