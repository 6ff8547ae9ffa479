namespace Hotline.Reports.Charts;

/// <summary>Successive stages of a flow, widest first (the ticket workflow: 受理 → 派单 → 办结 → 回访 → 结案).</summary>
public sealed record FunnelChartSpec(string Title, IReadOnlyList<ChartSlice> Stages) : ChartSpec(Title);
