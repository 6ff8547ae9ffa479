namespace Hotline.Analytics.Analyses;

/// <summary>Whether a count in one window is surprising given the count in a baseline window of another length.</summary>
/// <remarks>
/// Conditional binomial test for two Poisson counts: given n = current + baseline, under an unchanged rate the
/// current count is Binomial(n, p) with p = currentDays / (currentDays + baselineDays). The z-score of the
/// normal approximation grows with the evidence, so 1 → 3 (n small) scores far below 100 → 150.
/// </remarks>
public static class RateSignificance
{
    /// <summary>The z-score of <paramref name="current"/> against <paramref name="baseline"/>; 0 with no data.</summary>
    public static double ZScore(long current, long baseline, double currentDays, double baselineDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(currentDays);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(baselineDays);
        var n = current + baseline;
        if (n == 0)
            return 0;
        var p = currentDays / (currentDays + baselineDays);
        return (current - (n * p)) / Math.Sqrt(n * p * (1 - p));
    }
}
