namespace Hotline.Reports.Data;

/// <summary>Everything the QA summary (质检报告) shows for a day, week or month, as the QA queries return it.</summary>
/// <param name="Kind">Daily, weekly or monthly.</param>
/// <param name="Period">The days covered.</param>
/// <param name="Inspected">Calls scored, with the previous period.</param>
/// <param name="AverageScore">Mean score 0–100, with the previous period.</param>
/// <param name="PassRate">Share of scored calls at or above the pass mark, 0–1, with the previous period.</param>
/// <param name="PassMark">The pass mark, e.g. 80.</param>
/// <param name="Teams">One row per team.</param>
/// <param name="Agents">One row per agent, lowest average first so coaching needs come first.</param>
/// <param name="Items">One row per scorecard item.</param>
/// <param name="ScoreBands">Scored calls per score band (≥90, 80–89, 70–79, &lt;70).</param>
/// <param name="Calibration">Calibration sessions held in the period.</param>
/// <param name="Cases">Typical cases marked in the period.</param>
public sealed record QaSummaryData(
    QaPeriodKind Kind,
    ReportPeriod Period,
    TrendValue Inspected,
    TrendValue AverageScore,
    TrendValue PassRate,
    double PassMark,
    IReadOnlyList<QaGroupScore> Teams,
    IReadOnlyList<QaGroupScore> Agents,
    IReadOnlyList<QaItemResult> Items,
    IReadOnlyList<LevelCount> ScoreBands,
    IReadOnlyList<CalibrationSession> Calibration,
    IReadOnlyList<TypicalCase> Cases);
