namespace Hotline.Reports.Data;

/// <summary>Why a requested report period was refused.</summary>
public enum ReportPeriodProblem
{
    /// <summary>The last day is before the first.</summary>
    EndsBeforeStart,

    /// <summary>The period is longer than the report allows.</summary>
    TooLong,
}
