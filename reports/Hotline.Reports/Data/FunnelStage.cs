namespace Hotline.Reports.Data;

/// <summary>How many tickets of the period reached one workflow stage (受理, 派单, 办结, 回访, 结案).</summary>
public sealed record FunnelStage(string Stage, long Count);
