namespace Hotline.Portal.Qa;

/// <summary>The signed-in inspector's scoring of one call in a calibration session.</summary>
/// <param name="CallId">The call.</param>
/// <param name="ItemPassed">Pass (true) or fail per scorecard item.</param>
/// <param name="Score">The total on the 0–100 scale.</param>
public sealed record QaCalibrationRatingRequest(string? CallId, IReadOnlyDictionary<string, bool>? ItemPassed, double? Score);
