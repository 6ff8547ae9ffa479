using Hotline.Qa.Learning;

namespace Hotline.Qa.Scoring;

/// <summary>What is kept per scored call: the score (with evidence), the model's features (for retraining) and its prediction.</summary>
public sealed record StoredScore(CallScore Score, CallFeatures Features, QualityPrediction? Prediction);
