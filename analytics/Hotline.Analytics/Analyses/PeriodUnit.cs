namespace Hotline.Analytics.Analyses;

/// <summary>The length of the periods compared.</summary>
public enum PeriodUnit
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
}
