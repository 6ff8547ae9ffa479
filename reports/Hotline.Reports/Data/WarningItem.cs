namespace Hotline.Reports.Data;

/// <summary>An early warning (预警): which indicator, how far it is from what the model expected, and why that matters.</summary>
public sealed record WarningItem(string Indicator, EventSeverity Level, ValueUnit Unit, double Observed, double Expected, string Explanation);
