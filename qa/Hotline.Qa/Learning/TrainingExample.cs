namespace Hotline.Qa.Learning;

/// <summary>A call with an inspector's verdict: the corrected overall score and whether it needed review.</summary>
/// <param name="Features">What the model sees.</param>
/// <param name="Overall">The corrected total (0–100).</param>
/// <param name="NeedsReview">True when an inspector had to step in (large correction, upheld appeal, serious fault).</param>
public sealed record TrainingExample(CallFeatures Features, double Overall, bool NeedsReview);
