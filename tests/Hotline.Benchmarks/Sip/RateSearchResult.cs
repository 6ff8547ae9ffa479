namespace Hotline.Benchmarks.Sip;

/// <summary>The highest rate that passed (0 when none did), the lowest that failed, and every step taken.</summary>
internal sealed record RateSearchResult(string Path, int MaxPassing, int? MinFailing, bool StoppedByBudget, IReadOnlyList<RateStep> Steps)
{
    /// <summary>The step at the highest passing rate, if any.</summary>
    public RateStep? Best => Steps.LastOrDefault(s => s.Passed && s.Rate == MaxPassing);
}
