namespace Hotline.Analytics.Analyses;

/// <summary>One key's count in a period, the period before (环比) and the same period last year (同比).</summary>
public sealed record ComparisonRow(string Key, long Current, long Previous, long LastYear)
{
    /// <summary>环比: change against the previous period as a fraction (0.25 = +25 %); null when the previous period had none.</summary>
    public double? PeriodOverPeriod => Previous == 0 ? null : (double)(Current - Previous) / Previous;

    /// <summary>同比: change against the same period last year; null when last year had none.</summary>
    public double? YearOverYear => LastYear == 0 ? null : (double)(Current - LastYear) / LastYear;
}
