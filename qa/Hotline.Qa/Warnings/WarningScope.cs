using Hotline.Analytics.Analyses;

namespace Hotline.Qa.Warnings;

/// <summary>A family of series a scan watches: the total, or the busiest keys of one dimension.</summary>
/// <param name="Measure">Calls or tickets.</param>
/// <param name="Dimension">None for the total; Category, Region, Enterprise … for one series per key.</param>
/// <param name="MaxKeys">How many of the busiest keys are watched.</param>
public sealed record WarningScope(AnalyticsMeasure Measure, AnalyticsDimension Dimension, int MaxKeys = 30)
{
    /// <summary>Total calls and tickets, tickets per category, region and enterprise, calls per region.</summary>
    public static IReadOnlyList<WarningScope> Standard { get; } =
    [
        new(AnalyticsMeasure.Calls, AnalyticsDimension.None),
        new(AnalyticsMeasure.Calls, AnalyticsDimension.Region),
        new(AnalyticsMeasure.Tickets, AnalyticsDimension.None),
        new(AnalyticsMeasure.Tickets, AnalyticsDimension.Category),
        new(AnalyticsMeasure.Tickets, AnalyticsDimension.Region),
        new(AnalyticsMeasure.Tickets, AnalyticsDimension.Enterprise),
    ];
}
