namespace Hotline.Qa.Learning;

/// <summary>The model's view of a call.</summary>
/// <param name="Overall">Predicted overall score (0–100).</param>
/// <param name="ReviewProbability">Probability an inspector would need to step in.</param>
/// <param name="NeedsReview">The flag (probability ≥ 0.5).</param>
public sealed record QualityPrediction(double Overall, double ReviewProbability, bool NeedsReview);
