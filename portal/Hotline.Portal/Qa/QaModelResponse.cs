using Hotline.Qa.Learning;

namespace Hotline.Portal.Qa;

/// <summary>The quality model: the version in use with its held-out metrics, every saved version, and the training run's progress.</summary>
/// <param name="Current">The version scoring uses now (null before the first training).</param>
/// <param name="Versions">Saved version numbers, oldest first.</param>
/// <param name="Training">True while a run is going.</param>
/// <param name="Progress">The last run's stage and share done.</param>
/// <param name="LastError">Why the last run failed.</param>
public sealed record QaModelResponse(QualityModelInfo? Current, IReadOnlyList<int> Versions, bool Training, TrainingProgress? Progress, string? LastError);
