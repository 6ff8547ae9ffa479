using Hotline.Qa.Review;

namespace Hotline.Qa.Learning;

/// <summary>What an inspector's review teaches the model: the corrected total, and whether the call needed a person.</summary>
public static class TrainingLabel
{
    /// <summary>A correction of at least this many points means the automatic score alone was not good enough.</summary>
    public const double SignificantCorrection = 10;

    /// <summary>The training example for a finished review, given the features stored when the call was scored.</summary>
    /// <remarks>Needs review = scored under 60 after correction, corrected by ≥ 10 points, or appealed successfully.</remarks>
    public static TrainingExample From(CallReview review, CallFeatures features)
    {
        ArgumentNullException.ThrowIfNull(review);
        var final = review.FinalScore;
        var needed = final < 60 || Math.Abs(final - review.AutoScore) >= SignificantCorrection || review.Appeal?.Upheld == true;
        return new TrainingExample(features, final, needed);
    }
}
