namespace Hotline.Benchmarks.Media;

/// <summary>The most concurrent calls that passed on a path (0 when none did), the fewest that failed, and every step.</summary>
internal sealed record MediaSearchResult(string Path, int MaxPassing, int? MinFailing, bool StoppedByBudget, IReadOnlyList<MediaStep> Steps)
{
    /// <summary>The step at the most calls that passed, if any.</summary>
    public MediaStep? Best => Steps.LastOrDefault(s => s.Passed && s.Calls == MaxPassing);
}
