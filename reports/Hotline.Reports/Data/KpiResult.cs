namespace Hotline.Reports.Data;

/// <summary>One KPI of a performance review: its weight, target, the agent's result, the points it earned and the evidence behind them.</summary>
/// <param name="Name">The KPI, e.g. 接听量, 平均处理时长, 质检平均分, 满意度, 出勤率, 考试成绩.</param>
/// <param name="Weight">Its share of the total, 0–1; the weights of a review add up to 1.</param>
/// <param name="Unit">How target and actual are written.</param>
/// <param name="Target">The target value.</param>
/// <param name="Actual">The agent's value in the period.</param>
/// <param name="PreviousActual">The agent's value in the previous review period, where known.</param>
/// <param name="Score">Points earned on this KPI, 0–100, by the KPI's own scoring rule.</param>
/// <param name="Evidence">Where the figure comes from (e.g. 1,234 次接听，来自 CDR；32 通质检).</param>
public sealed record KpiResult(string Name, double Weight, ValueUnit Unit, double Target, double Actual, double? PreviousActual, double Score, string Evidence);
