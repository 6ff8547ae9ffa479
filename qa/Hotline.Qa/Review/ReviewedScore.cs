using Hotline.Qa.Scoring;

namespace Hotline.Qa.Review;

/// <summary>A reviewed call's result as a score: the automatic items with the inspector's corrections in place, so analytics can receive the corrected result.</summary>
public static class ReviewedScore
{
    /// <summary>The automatic score of <paramref name="review"/>'s call with each corrected item's score (and its passed/partial/failed status) replaced.</summary>
    /// <exception cref="ArgumentException">The score is of another call.</exception>
    public static CallScore Apply(CallScore automatic, CallReview review)
    {
        ArgumentNullException.ThrowIfNull(automatic);
        ArgumentNullException.ThrowIfNull(review);
        if (!string.Equals(automatic.CallId, review.CallId, StringComparison.Ordinal))
            throw new ArgumentException($"The score is of call {automatic.CallId}, the review of call {review.CallId}.", nameof(review));
        return automatic with
        {
            Items = [.. automatic.Items.Select(item =>
                review.ItemScores.TryGetValue(item.ItemId, out var corrected) && corrected != item.Score
                    ? item with { Score = corrected, Status = StatusOf(corrected, item.Points) }
                    : item)],
        };
    }

    private static ItemStatus StatusOf(double score, double points) =>
        score >= points ? ItemStatus.Passed : score <= 0 ? ItemStatus.Failed : ItemStatus.Partial;
}
