namespace Hotline.Qa.Scoring;

/// <summary>A scorecard (质检评分表): versioned, configurable data. A call's total is the sum of its items' points.</summary>
/// <param name="Id">Stable id, e.g. "standard".</param>
/// <param name="Version">Raised on every change; scores record the version they were given under.</param>
/// <param name="Name">Shown to inspectors, e.g. "热线通话质检标准".</param>
/// <param name="Items">The items in display order.</param>
public sealed record Scorecard(
    string Id,
    int Version,
    string Name,
    IReadOnlyList<ScorecardItem> Items)
{
    /// <summary>Full marks (the sum of item points).</summary>
    public double MaxTotal => Items.Sum(i => i.Points);
}
