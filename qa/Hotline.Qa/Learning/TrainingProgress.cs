namespace Hotline.Qa.Learning;

/// <summary>A training run's progress for the portal: the stage and the share of the run done.</summary>
/// <param name="Stage">segmenting, overall, review, evaluating, done.</param>
/// <param name="Fraction">0–1.</param>
public sealed record TrainingProgress(string Stage, double Fraction);
