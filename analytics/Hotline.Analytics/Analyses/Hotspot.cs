namespace Hotline.Analytics.Analyses;

/// <summary>One key's tickets in the current window against its own baseline.</summary>
/// <param name="Key">The category, enterprise, route, plate or region.</param>
/// <param name="Current">Tickets in the current window.</param>
/// <param name="Baseline">Tickets in the baseline window before it.</param>
/// <param name="Expected">What the baseline rate predicts for the current window.</param>
/// <param name="ZScore">How surprising <paramref name="Current"/> is if the rate had not changed (conditional binomial test; ≥ 3 is a strong signal).</param>
public sealed record Hotspot(string Key, long Current, long Baseline, double Expected, double ZScore)
{
    /// <summary>Current against expected as a fraction (1.0 = doubled); null when nothing was expected.</summary>
    public double? Growth => Expected > 0 ? (Current / Expected) - 1 : null;
}
