namespace Hotline.Analytics.Analyses;

/// <summary>The step of a trend series and the seasonal cycle it is decomposed with: days by weekday, weeks by week of the year, months by month of the year.</summary>
public enum TrendGranularity
{
    Day,
    Week,
    Month,
}
