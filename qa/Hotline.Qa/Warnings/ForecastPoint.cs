namespace Hotline.Qa.Warnings;

/// <summary>One day's actual count against the one-step-ahead forecast made the evening before.</summary>
/// <param name="Day">The day.</param>
/// <param name="Actual">What happened.</param>
/// <param name="Expected">The forecast.</param>
/// <param name="Lower">The prediction band's lower edge (never below 0).</param>
/// <param name="Upper">The prediction band's upper edge.</param>
/// <param name="Severity">How far the actual count lies from the forecast in the model's standard deviations (signed).</param>
public sealed record ForecastPoint(DateOnly Day, double Actual, double Expected, double Lower, double Upper, double Severity)
{
    /// <summary>True when the actual count left the band.</summary>
    public bool OutsideBand => Actual < Lower || Actual > Upper;

    /// <summary>The band's half-width per standard deviation, in counts (a readable spread; the band itself is skewed).</summary>
    public double Spread(double bandWidth) => (Upper - Lower) / (2 * bandWidth);
}
