namespace Hotline.Qa.Learning;

/// <summary>What a saved model version is: when it was trained, on what, and how well it did.</summary>
/// <param name="Version">1, 2, 3 … in training order.</param>
/// <param name="TrainedAt">When.</param>
/// <param name="ItemIds">The scorecard items whose results it reads, in vector order.</param>
/// <param name="Examples">Training calls (held-out ones excluded).</param>
/// <param name="Metrics">Held-out evaluation.</param>
public sealed record QualityModelInfo(int Version, DateTimeOffset TrainedAt, IReadOnlyList<string> ItemIds, int Examples, QualityMetrics Metrics);
