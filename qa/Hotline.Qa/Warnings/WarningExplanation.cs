using System.Globalization;
using Hotline.Analytics.Analyses;

namespace Hotline.Qa.Warnings;

/// <summary>Words an alert for a reader: which series, expected against actual, and the sub-categories behind it.</summary>
public static class WarningExplanation
{
    /// <summary>One sentence, e.g. "工单量（类别：出租汽车） 2026-03-05 为 120，预期约 40（正常范围 22–58），偏高 200%；主要来自 绕路（+70）、拒载（+8）。"</summary>
    public static string Write(WarningSeries series, DetectedWarning found, WarningDirection direction, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(found);
        var f = found.Forecast;
        var measure = series.Measure == AnalyticsMeasure.Calls ? WarningText.MeasureCalls : WarningText.MeasureTickets;
        var subject = series.Dimension == AnalyticsDimension.None
            ? measure
            : string.Format(culture, WarningText.SubjectWithKey, measure, DimensionName(series.Dimension), series.Key);
        var change = f.Expected > 0 ? Math.Abs(f.Actual - f.Expected) / f.Expected : 1;
        var text = string.Format(culture, direction == WarningDirection.Rise ? WarningText.Rise : WarningText.Drop,
            subject, f.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Actual, Math.Round(f.Expected), Math.Round(f.Lower), Math.Round(f.Upper), change);
        if (found.Contributors.Count == 0)
            return text + WarningText.End;
        var parts = string.Join(WarningText.ListSeparator,
            found.Contributors.Select(c => string.Format(culture, WarningText.Contributor, c.Key, Math.Round(c.Actual - c.Expected))));
        return text + string.Format(culture, WarningText.MainlyFrom, parts) + WarningText.End;
    }

    private static string DimensionName(AnalyticsDimension dimension) => dimension switch
    {
        AnalyticsDimension.Category => WarningText.DimensionCategory,
        AnalyticsDimension.Region => WarningText.DimensionRegion,
        AnalyticsDimension.Enterprise => WarningText.DimensionEnterprise,
        AnalyticsDimension.Queue => WarningText.DimensionQueue,
        AnalyticsDimension.Industry => WarningText.DimensionIndustry,
        _ => dimension.ToString(),
    };
}
