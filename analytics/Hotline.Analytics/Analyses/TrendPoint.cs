namespace Hotline.Analytics.Analyses;

/// <summary>One period of a trend series and its decomposition.</summary>
/// <param name="Period">The first day of the period.</param>
/// <param name="Value">The count.</param>
/// <param name="Trend">The centred moving average over one seasonal cycle; null near the ends where the window does not fit.</param>
/// <param name="Seasonal">The cycle's typical offset for this period's position (0 when the series is shorter than two cycles).</param>
/// <param name="Adjusted">The value without the seasonal offset.</param>
public sealed record TrendPoint(DateOnly Period, double Value, double? Trend, double Seasonal, double Adjusted);
