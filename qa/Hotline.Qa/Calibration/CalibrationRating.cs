namespace Hotline.Qa.Calibration;

/// <summary>One inspector's scoring of one call in a calibration session.</summary>
/// <param name="Inspector">Who scored.</param>
/// <param name="CallId">Which call.</param>
/// <param name="ItemPassed">Pass (true) or fail per scorecard item id.</param>
/// <param name="Score">The total score on the scorecard's 0–100 scale.</param>
public sealed record CalibrationRating(string Inspector, string CallId, IReadOnlyDictionary<string, bool> ItemPassed, double Score);
