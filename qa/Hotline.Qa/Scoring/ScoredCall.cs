using Hotline.Qa.Learning;
using Hotline.Qa.Review;

namespace Hotline.Qa.Scoring;

/// <summary>A call's automatic result: the rule score, the model's view (when a model is trained), the features it read, and the review it joined (if sampled).</summary>
public sealed record ScoredCall(CallScore Score, CallFeatures Features, QualityPrediction? Prediction, CallReview? Review);
