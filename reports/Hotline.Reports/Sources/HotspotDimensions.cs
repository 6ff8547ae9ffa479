using Hotline.Analytics.Analyses;
using Hotline.Reports.Data;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Sources;

/// <summary>Which hotspot dimensions the reports search, how they are named, and how surprising a rise must be for each warning level.</summary>
public static class HotspotDimensions
{
    /// <summary>The daily report: subcategories and enterprises.</summary>
    public static IReadOnlyList<(AnalyticsDimension Dimension, string Name)> Daily =>
        [(AnalyticsDimension.Subcategory, SourceText.DimensionSubcategory), (AnalyticsDimension.Enterprise, SourceText.DimensionEnterprise)];

    /// <summary>The monthly report: subcategories, enterprises and bus routes.</summary>
    public static IReadOnlyList<(AnalyticsDimension Dimension, string Name)> Monthly =>
        [.. Daily, (AnalyticsDimension.Route, SourceText.DimensionRoute)];

    /// <summary>The warning level of a rise with significance <paramref name="zScore"/>: ≥ 10 serious, ≥ 5 warning, else attention.</summary>
    public static EventSeverity Severity(double zScore) => zScore switch
    {
        >= 10 => EventSeverity.Serious,
        >= 5 => EventSeverity.Warning,
        _ => EventSeverity.Attention,
    };
}
