namespace Hotline.Qa.Scoring;

/// <summary>One item's score on one call, with the evidence an inspector clicks to hear it.</summary>
/// <param name="ItemId">The scorecard item.</param>
/// <param name="Name">Its name.</param>
/// <param name="Points">Full marks.</param>
/// <param name="Score">Points given (0 – <paramref name="Points"/>).</param>
/// <param name="Status">Passed, partial, failed or not applicable.</param>
/// <param name="Evidence">The transcript spans the decision rests on.</param>
/// <param name="Note">Why, in Simplified Chinese (e.g. "未说出：录音告知").</param>
public sealed record ItemScore(string ItemId, string Name, double Points, double Score, ItemStatus Status, IReadOnlyList<Evidence> Evidence, string Note)
{
    /// <summary>Score as a share of full marks (0–1): what the quality model reads.</summary>
    public double Fraction => Points > 0 ? Score / Points : 1;
}
